/**
 * The charter on the projector: the text as it is being written (or as adopted), the adoption
 * banner with its date and hash, and the signatories. The verdict itself ("The charter is
 * adopted") is the vote card's, above this, so the wall does not say it twice.
 */
import { EditorContent } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useSectionConnection } from '../collab/useSectionConnection.js';
import { charterStandingMessage } from './charterStandingMessage.js';
import { SignatoriesPanel } from './SignatoriesPanel.js';
import { useCharterEditor } from './useCharterEditor.js';
import { useCharterStanding } from './useCharterStanding.js';
import './charter.css';

/** Opens the charter document only while the room is at the charter. */
export function CharterProjection({ workshopId, token }: { workshopId: string; token: string }) {
  const connection = useSectionConnection(workshopId, 'charter', token);
  return connection ? <ProjectedCharter doc={connection.doc} /> : null;
}

function ProjectedCharter({ doc }: { doc: Y.Doc }) {
  const { t, i18n } = useTranslation();
  const editor = useCharterEditor(doc, false, { carets: false });
  const standing = useCharterStanding();
  return (
    <div className="charter-projection" data-testid="charter-projection">
      {standing.kind === 'adopted' && (
        <div className="charter-standing charter-standing--adopted">
          <p className="charter-standing__message">{charterStandingMessage(standing, t, i18n.language)}</p>
          <p className="charter-projection__hash">
            SHA-256 <code>{standing.serverHash}</code>
          </p>
        </div>
      )}
      {standing.kind === 'under-vote' && <p className="charter-standing charter-standing__message">{charterStandingMessage(standing, t, i18n.language)}</p>}
      <section className="panel" aria-label={t('charter.title')}>
        {editor && <EditorContent editor={editor} className="charter-editor charter-editor--wall" />}
      </section>
      <SignatoriesPanel />
    </div>
  );
}
