/** `/w/:id` (participant) and `/w/:id/facilitator`: the Experiences section with presence. */
import { useEffect } from 'react';
import { ConnectionIndicator } from '../collab/ConnectionIndicator.js';
import { OfflineNotice } from '../collab/OfflineNotice.js';
import { useSectionConnection } from '../collab/useSectionConnection.js';
import { ExperiencesPanel } from '../experiences/ExperiencesPanel.js';
import { PresencePanel } from '../presence/PresencePanel.js';
import { usePresence } from '../presence/usePresence.js';
import { PageShell } from '../ui/PageShell.js';
import { IdentityBadge } from '../workspace/IdentityBadge.js';
import { SessionProblem } from '../workspace/SessionProblem.js';
import { useWorkshopSession } from '../workspace/useWorkshopSession.js';
import { WorkshopInfo } from '../workspace/WorkshopInfo.js';

interface WorkspaceViewProps {
  workshopId: string;
  role: 'participant' | 'facilitator';
}

/** Session first; then the section, the people present and the connection status. */
export function WorkspaceView({ workshopId, role }: WorkspaceViewProps) {
  const session = useWorkshopSession(workshopId, role);
  const token = session.kind === 'ready' ? session.token : null;
  const connection = useSectionConnection(workshopId, 'experiences', token);
  const presence = usePresence(token);
  const title = session.kind === 'ready' ? session.me.workshop.title : null;

  useEffect(() => {
    if (title) document.title = `${title} · Convene`;
  }, [title]);

  if (session.kind !== 'ready') return <SessionProblem session={session} />;
  return (
    <PageShell
      wide
      aside={
        <>
          <IdentityBadge identity={session.me.identity} />
          {connection && <ConnectionIndicator connection={connection} />}
        </>
      }
    >
      <div className="workspace">
        <div className="workspace__main">
          {connection && <OfflineNotice connection={connection} />}
          {connection && <ExperiencesPanel doc={connection.doc} />}
        </div>
        <aside className="workspace__side">
          <WorkshopInfo workshop={session.me.workshop} />
          <PresencePanel state={presence} />
        </aside>
      </div>
    </PageShell>
  );
}
