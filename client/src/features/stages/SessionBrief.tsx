/** For a stage without a working view (plenary, or a section not built yet): the session's title and notes. */
import { useTranslation } from 'react-i18next';
import type { AgendaSession, Stage } from '../../../../shared/agenda.js';

/** `session` is the room's session when the reader follows the room, else null. */
export function SessionBrief({ stage, session }: { stage: Stage; session: AgendaSession | null }) {
  const { t } = useTranslation();
  return (
    <section className="section session-brief" aria-labelledby="brief-heading">
      {session && <p className="session-brief__stage">{t(`stages.${stage}`)}</p>}
      <h1 id="brief-heading">{session?.title ?? t(`stages.${stage}`)}</h1>
      {session && (
        <p className="session-brief__time">
          {session.startsAt}–{session.endsAt}
        </p>
      )}
      {session?.notes ? <p className="session-brief__notes">{session.notes}</p> : null}
      {stage !== 'plenary' && <p className="hint">{t('follow.noViewYet')}</p>}
    </section>
  );
}
