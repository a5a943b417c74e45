/** The room's current session and stage, and the timer, in wall-sized type. */
import { useTranslation } from 'react-i18next';
import { useRoomSession } from '../follow/useRoomSession.js';
import { TimerDisplay } from '../timer/TimerDisplay.js';

/** Before the agenda starts it says so, next to the join details. */
export function ProjectorNow() {
  const { t } = useTranslation();
  const { session } = useRoomSession();
  return (
    <section className="projector-now" aria-labelledby="projector-session">
      <div className="projector-now__session">
        <p className="projector-now__label">{session ? t(`stages.${session.stage}`) : t('projector.welcome')}</p>
        <h1 id="projector-session" data-testid="projector-session">
          {session?.title ?? t('agenda.notStarted')}
        </h1>
        {session && (
          <p className="projector-now__time">
            {session.startsAt}–{session.endsAt}
          </p>
        )}
      </div>
      <TimerDisplay size="wall" hideWhenIdle />
    </section>
  );
}
