/**
 * Charter amendments beside the editor: the facilitator's amendment-mode switch, a participant's
 * proposal form while the mode is on, and every amendment by paragraph with its word diff,
 * status and vote. The server decides; this panel shows what the role may ask.
 */
import type { Editor } from '@tiptap/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../../shared/roles.js';
import { useControl } from '../../../infra/control/ControlContext.js';
import { usePageSession } from '../../../infra/session/SessionContext.js';
import { AmendmentItem } from './AmendmentItem.js';
import { groupAmendments } from './amendmentGroups.js';
import { AmendmentModeSwitch } from './AmendmentModeSwitch.js';
import { ProposeAmendmentForm } from './ProposeAmendmentForm.js';
import { useEditorParagraphs } from './useEditorParagraphs.js';
import './amendments.css';

export function AmendmentsPanel({ editor }: { editor: Editor | null }) {
  const { t } = useTranslation();
  const session = usePageSession();
  const role = session?.identity.role ?? 'projector';
  const amendments = useControl((snapshot) => snapshot.state?.amendments ?? null);
  const votes = useControl((snapshot) => snapshot.state?.votes ?? null);
  const charter = useControl((snapshot) => snapshot.state?.charter ?? null);
  const paragraphs = useEditorParagraphs(editor);
  const groups = useMemo(() => groupAmendments(amendments?.items ?? [], paragraphs), [amendments, paragraphs]);
  const frozen = charter?.frozen ?? false;
  const mode = amendments?.mode ?? false;

  return (
    <section className="panel amendments" aria-labelledby="amendments-heading">
      <h2 id="amendments-heading">{t('amendments.title')}</h2>
      {/* Once adopted, neither mode applies any more: say so, rather than invite proposals. */}
      <p role="status">{charter?.adopted ? t('amendments.closed') : mode ? t('amendments.modeOn') : t('amendments.modeOff')}</p>
      {can(role, 'runAgenda') && <AmendmentModeSwitch on={mode} disabled={!!charter?.adopted} />}
      {mode && !frozen && can(role, 'amend') && <ProposeAmendmentForm paragraphs={paragraphs} />}
      {groups.length === 0 && <p className="empty">{t('amendments.empty')}</p>}
      {groups.map((group) => (
        <section key={group.paragraph?.index ?? 'changed'} className="amendments__group" aria-label={group.paragraph ? t('amendments.paragraph', { number: group.paragraph.index + 1 }) : t('amendments.paragraphGone')}>
          <h3>{group.paragraph ? t('amendments.paragraph', { number: group.paragraph.index + 1 }) : t('amendments.paragraphGone')}</h3>
          <ul className="amendments__list">
            {group.items.map((listed) => (
              <AmendmentItem
                key={listed.amendment.id}
                listed={listed}
                vote={votes?.find((v) => v.id === listed.amendment.voteId)}
                facilitator={can(role, 'runAgenda')}
                participantId={session?.identity.participantId ?? null}
                frozen={frozen}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
