/**
 * The room's screen: the bar (session, timer, compact join code), the stage's projection, and
 * beside it the vote and the raised hands when there are any. It fits its frame and never
 * scrolls: type scales with the frame (container units), long content is paged. The console
 * renders the same component, scaled down, as its preview (`embedded`).
 */
import { useSectionConnection } from '../../infra/collab/useSectionConnection.js';
import { useSyncStatus } from '../../infra/collab/useSyncStatus.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { BEFORE_START_STAGE } from '../../features/follow/followStore.js';
import { StageAnnouncer } from '../../features/follow/StageAnnouncer.js';
import { useRoomSession } from '../../features/follow/useRoomSession.js';
import { LanguageSwitch } from '../../infra/i18n/LanguageSwitch.js';
import { HandsQueue } from '../../features/room/HandsQueue.js';
import { VotesProjection } from '../../features/votes/VotesProjection.js';
import type { RolePageProps } from '../workspace/rolePage.js';
import { JoinBanner } from './JoinBanner.js';
import { ProjectorBar } from './ProjectorBar.js';
import { ProjectorContent } from './ProjectorContent.js';
import { ProjectorStatus } from './ProjectorStatus.js';
import './projector.css';

/** `embedded`: the console's preview, which announces nothing, offers no language switch and leaves the hands to the console's own queue. */
export function ProjectorScreen({ workshopId, token, me, embedded = false }: RolePageProps & { embedded?: boolean }) {
  // One document kept open, for the connection indicator and a spotlit card: the experiences,
  // or on a dialogue day the charter (the screen, watched by every layer, opens only shared ones).
  const kept = useControl((snapshot) => (snapshot.state ? (snapshot.state.dialogue ? 'charter' : 'experiences') : null));
  const keptConnection = useSectionConnection(workshopId, kept, token);
  const experiences = kept === 'experiences' ? keptConnection : null;
  const syncStatus = useSyncStatus(keptConnection);
  const { session, stage } = useRoomSession();
  const joinLarge = useControl((snapshot) => snapshot.state?.projector?.joinCodeLarge ?? false);
  const invited = useControl((snapshot) => snapshot.state?.entryMode === 'invited');
  const handsUp = useControl((snapshot) => (snapshot.state?.hands.length ?? 0) > 0);
  const Root = embedded ? 'div' : 'main';

  return (
    <div className={`projector-frame projector-frame--${embedded ? 'embedded' : 'page'}`}>
      <Root id={embedded ? undefined : 'main'} className="projector">
        <ProjectorBar session={session} workshopTitle={me.workshop.title} joinCode={me.workshop.joinCode} linkBase={me.linkBase?.url ?? null} compactJoin={session !== null && !joinLarge} invited={invited} />
        {!embedded && <StageAnnouncer />}
        <div className="projector__body">
          <div className="projector__main">
            {session === null || joinLarge ? (
              <JoinBanner joinCode={me.workshop.joinCode} large base={me.linkBase?.url ?? null} invited={invited} />
            ) : (
              <ProjectorContent workshopId={workshopId} token={token} session={session} stage={stage ?? BEFORE_START_STAGE} experiences={experiences} />
            )}
          </div>
          <div className="projector__side">
            <VotesProjection />
            {/* The console lists the raised hands itself, with a "lower" button beside each. */}
            {handsUp && !embedded && <HandsQueue large />}
          </div>
        </div>
        <footer className="projector__foot">
          <p className="projector__title">{session && me.workshop.title}</p>
          <ProjectorStatus syncStatus={syncStatus} />
          {!embedded && <LanguageSwitch />}
        </footer>
      </Root>
    </div>
  );
}
