/** The top of the screen: the stage and the session (said once), its time, the timer, and the compact join corner. */
import { useTranslation } from 'react-i18next';
import type { AgendaSession } from '../../../../shared/agenda.js';
import { TimerDisplay } from '../../features/timer/TimerDisplay.js';
import { JoinBanner } from './JoinBanner.js';
// Words that load with this screen, not with the first visit.
import './screenCatalogue.js';

interface ProjectorBarProps {
  session: AgendaSession | null;
  workshopTitle: string;
  joinCode: string;
  /** Where participants reach the server, as it says (`MeResponse.linkBase`). */
  linkBase: string | null;
  compactJoin: boolean;
  /** By invitation: the corner shows no join code. */
  invited: boolean;
}

export function ProjectorBar({ session, workshopTitle, joinCode, linkBase, compactJoin, invited }: ProjectorBarProps) {
  const { t } = useTranslation();
  return (
    <header className="projector__bar">
      <div className="projector__session">
        {session ? (
          <>
            <p className="projector__stage">
              {t(`stages.${session.stage}`)} · {session.startsAt}–{session.endsAt}
            </p>
            <h1 id="projector-session" data-testid="projector-session">
              {session.title}
            </h1>
          </>
        ) : (
          <>
            <p className="projector__stage">{t('screen.beforeStart')}</p>
            <h1 id="projector-session">{workshopTitle}</h1>
          </>
        )}
      </div>
      <TimerDisplay size="wall" hideWhenIdle />
      {compactJoin && <JoinBanner joinCode={joinCode} large={false} base={linkBase} invited={invited} />}
    </header>
  );
}
