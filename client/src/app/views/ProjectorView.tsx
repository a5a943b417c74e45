/** `/w/:id/projector`: the read-only room screen. */
import { ControlProvider } from '../../infra/control/ControlContext.js';
import { lastKnownStateKey } from '../../infra/control/lastKnownState.js';
import { ProjectorScreen } from '../projector/ProjectorScreen.js';
import { SessionProblem } from '../workspace/SessionProblem.js';
import { useWorkshopSession } from '../workspace/useWorkshopSession.js';

/** Session first; then the screen with its one control connection. */
export function ProjectorView({ workshopId }: { workshopId: string }) {
  const session = useWorkshopSession(workshopId, 'projector');
  if (session.kind !== 'ready') return <SessionProblem session={session} />;
  return (
    <ControlProvider token={session.token} rememberAs={lastKnownStateKey(workshopId, 'projector')}>
      <ProjectorScreen workshopId={workshopId} token={session.token} me={session.me} />
    </ControlProvider>
  );
}
