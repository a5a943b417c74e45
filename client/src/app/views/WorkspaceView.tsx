/** `/w/:id` (participant) and `/w/:id/facilitator`: who this page is, then the page for that role. */
import { useEffect } from 'react';
import { lazy } from '../../infra/ui/lazy.js';
import { ControlProvider } from '../../infra/control/ControlContext.js';
import { lastKnownStateKey } from '../../infra/control/lastKnownState.js';
import { SessionProvider } from '../../infra/session/SessionContext.js';
import { OnDemand } from '../../infra/ui/OnDemand.js';
import { IdentityFollower } from '../workspace/IdentityFollower.js';
import { ParticipantWorkspace } from '../workspace/ParticipantWorkspace.js';
import { SessionProblem } from '../workspace/SessionProblem.js';
import { useWorkshopSession } from '../workspace/useWorkshopSession.js';
import { WaitingRoom } from '../workspace/WaitingRoom.js';

// Participants never need the console's code.
const FacilitatorConsole = lazy(() => import('../console/FacilitatorConsole.js').then((m) => ({ default: m.FacilitatorConsole })));

interface WorkspaceViewProps {
  workshopId: string;
  role: 'participant' | 'facilitator';
}

/** Session first; then one control connection for everything the page shows. */
export function WorkspaceView({ workshopId, role }: WorkspaceViewProps) {
  const session = useWorkshopSession(workshopId, role);
  const title = session.kind === 'ready' ? session.me.workshop.title : null;

  useEffect(() => {
    if (title) document.title = `${title} · Convene`;
  }, [title]);

  if (session.kind !== 'ready') return <SessionProblem session={session} />;
  if (role === 'participant' && session.me.identity.waiting) return <WaitingRoom token={session.token} me={session.me} onChanged={session.reload} />;
  const Page = role === 'facilitator' ? FacilitatorConsole : ParticipantWorkspace;
  return (
    <ControlProvider token={session.token} rememberAs={lastKnownStateKey(workshopId, role)}>
      {role === 'participant' && <IdentityFollower identity={session.me.identity} onChanged={session.reload} />}
      <SessionProvider session={{ workshopId, token: session.token, identity: session.me.identity }}>
        <OnDemand page>
          <Page workshopId={workshopId} token={session.token} me={session.me} />
        </OnDemand>
      </SessionProvider>
    </ControlProvider>
  );
}
