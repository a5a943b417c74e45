/**
 * The outcome charter's working view: the co-edited text with its toolbar, the template while
 * empty, the citation picker, amendments, the standing banner and hashes once frozen, adoption
 * for the facilitator, and the signatory organisations.
 */
import { EditorContent } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/roles.js';
import { usePageSession } from '../../infra/session/SessionContext.js';
import type { StageViewProps } from '../stages/StageViewProps.js';
import { AdoptionPanel } from './AdoptionPanel.js';
import { AmendmentsPanel } from './amendments/AmendmentsPanel.js';
import { CharterStandingBanner } from './CharterStandingBanner.js';
import { CharterToolbar } from './CharterToolbar.js';
import { CitationPicker } from './CitationPicker.js';
import { SignatoriesPanel } from './SignatoriesPanel.js';
import { TemplateButton } from './TemplateButton.js';
import { useCharterEditor } from './useCharterEditor.js';
import { useCharterStanding } from './useCharterStanding.js';
import './charter.css';

/** Frozen (under vote, after a failed vote, adopted) means read-only for everyone, the facilitator too. */
export function CharterView({ doc, readOnly, canSpotlight }: StageViewProps) {
  const { t } = useTranslation();
  const session = usePageSession();
  const role = session?.identity.role ?? 'projector';
  const standing = useCharterStanding();
  // `readOnly` also covers amendment mode, which StageWorkspace treats as a lock for participants.
  const editable = !readOnly && standing.kind === 'drafting' && can(role, 'editSections');
  const editor = useCharterEditor(doc, editable);
  const runsAgenda = canSpotlight;

  return (
    <div className="charter" data-testid="charter-view">
      <section className="panel charter__text" aria-labelledby="charter-heading">
        <h2 id="charter-heading">{t('charter.title')}</h2>
        <p className="hint">{t('charter.intro')}</p>
        <CharterStandingBanner doc={doc} standing={standing} canUnfreeze={runsAgenda} />
        {editable && editor && <CharterToolbar editor={editor} />}
        {editable && editor && <TemplateButton editor={editor} />}
        {editor ? <EditorContent editor={editor} className={`charter-editor${editable ? '' : ' charter-editor--frozen'}`} /> : <p className="loading">{t('charter.loading')}</p>}
        {editable && editor && <CitationPicker editor={editor} />}
      </section>
      <AmendmentsPanel editor={editor} />
      {runsAgenda && <AdoptionPanel standing={standing} />}
      <SignatoriesPanel />
    </div>
  );
}
