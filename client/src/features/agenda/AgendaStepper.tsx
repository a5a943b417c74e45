/** Where the room is, and the previous / next buttons that move everyone. */
import { useTranslation } from 'react-i18next';
import { findSession } from '../../../../shared/agendaReading.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { adjacentSession } from './agendaMoves.js';

/** The current session large; "Next" starts the agenda when nothing is current yet. */
export function AgendaStepper() {
  const { t } = useTranslation();
  const agenda = useControl((snapshot) => snapshot.state?.agenda ?? null);
  const currentId = useControl((snapshot) => snapshot.state?.currentSessionId ?? null);
  const command = useCommand();
  if (!agenda) return null;
  const current = currentId ? findSession(agenda, currentId) : null;
  const previous = adjacentSession(agenda, currentId, -1);
  const next = adjacentSession(agenda, currentId, 1);

  return (
    <section className="panel stepper" aria-labelledby="stepper-heading">
      <h2 id="stepper-heading" className="stepper__label">
        {t('agenda.roomIsAt')}
      </h2>
      <p className="stepper__current" data-testid="console-current-session">
        {current ? current.title : t('agenda.notStarted')}
      </p>
      {current && (
        <p className="stepper__meta">
          {current.startsAt}–{current.endsAt} · {t(`stages.${current.stage}`)}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => previous && void command.run('stage:go', { sessionId: previous.id })} disabled={!previous || command.busy}>
          {t('agenda.previous')}
          {previous && <span className="stepper__target">{previous.title}</span>}
        </button>
        <button
          type="button"
          className="button--primary"
          onClick={() => next && void command.run('stage:go', { sessionId: next.id })}
          disabled={!next || command.busy}
        >
          {current ? t('agenda.next') : t('agenda.start')}
          {next && <span className="stepper__target">{next.title}</span>}
        </button>
      </div>
      <ErrorNotice message={command.error} />
    </section>
  );
}
