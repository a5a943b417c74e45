/** The room's screen: the session and timer, the spotlight or the stage, the join details and raised hands. */
import { CharterProjection } from '../charter/CharterProjection.js';
import { useSectionConnection } from '../collab/useSectionConnection.js';
import { useSyncStatus } from '../collab/useSyncStatus.js';
import { useControl } from '../control/ControlContext.js';
import { BEFORE_START_STAGE } from '../follow/followStore.js';
import { StageAnnouncer } from '../follow/StageAnnouncer.js';
import { useRoomSession } from '../follow/useRoomSession.js';
import { LanguageSwitch } from '../i18n/LanguageSwitch.js';
import { HandsQueue } from '../room/HandsQueue.js';
import { SessionBrief } from '../stages/SessionBrief.js';
import { ExperiencesProjection } from './ExperiencesProjection.js';
import { JoinBanner } from './JoinBanner.js';
import { ProjectorNow } from './ProjectorNow.js';
import { ProjectorStatus } from './ProjectorStatus.js';
import { SpotlightProjection } from './SpotlightProjection.js';
import { RecommendationSpotlight } from '../triage/RecommendationSpotlight.js';
import { TriageProjection } from '../triage/TriageProjection.js';
import { VotesProjection } from '../votes/VotesProjection.js';
import type { RolePageProps } from '../workspace/rolePage.js';

/**
 * Follows the facilitator with no clicks. The experiences document stays open whatever the
 * stage, so a spotlit card shows at once and the timeline is ready when the room returns to it.
 */
export function ProjectorScreen({ workshopId, token, me }: RolePageProps) {
  const connection = useSectionConnection(workshopId, 'experiences', token);
  const syncStatus = useSyncStatus(connection);
  const spotlight = useControl((snapshot) => snapshot.state?.spotlight ?? null);
  const { session, stage: roomStage } = useRoomSession();
  const stage = roomStage ?? BEFORE_START_STAGE;

  return (
    <main id="main" className="projector">
      <header className="projector__head">
        <p className="projector__title">{me.workshop.title}</p>
        <ProjectorStatus syncStatus={syncStatus} />
        <LanguageSwitch />
      </header>
      <StageAnnouncer />
      <div className="projector__body">
        <div className="projector__main">
          <ProjectorNow />
          <VotesProjection />
          {spotlight?.section === 'recommendations' ? (
            <RecommendationSpotlight workshopId={workshopId} token={token} recommendationKey={spotlight.itemId} />
          ) : spotlight ? (
            <SpotlightProjection spotlight={spotlight} experiences={connection?.doc ?? null} />
          ) : stage === 'experiences' ? (
            connection && <ExperiencesProjection doc={connection.doc} />
          ) : stage === 'recommendations' ? (
            <TriageProjection workshopId={workshopId} token={token} />
          ) : stage === 'charter' ? (
            <CharterProjection workshopId={workshopId} token={token} />
          ) : (
            <SessionBrief stage={stage} session={session} />
          )}
        </div>
        <aside className="projector__side" aria-label={me.workshop.title}>
          <JoinBanner joinCode={me.workshop.joinCode} />
          <HandsQueue large />
        </aside>
      </div>
    </main>
  );
}
