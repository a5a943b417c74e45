/** The participant's page: follow the room (or browse), the timer, a hand to raise, the working view. */
import { useState } from 'react';
import { lazy } from '../../infra/ui/lazy.js';
import { ConnectionIndicator } from '../../infra/collab/ConnectionIndicator.js';
import { useSectionConnection } from '../../infra/collab/useSectionConnection.js';
import { createFollowStore } from '../../features/follow/followStore.js';
import { RoomFollowBar } from '../../features/follow/RoomFollowBar.js';
import { StageAnnouncer } from '../../features/follow/StageAnnouncer.js';
import { useViewedStage } from '../../features/follow/useViewedStage.js';
import { PresencePanel } from '../../features/presence/PresencePanel.js';
import { usePresence } from '../../features/presence/usePresence.js';
import { RaiseHandButton } from '../../features/room/RaiseHandButton.js';
import { sectionWithView } from '../../features/stages/stageViews.js';
import { StageWorkspace } from '../../features/stages/StageWorkspace.js';
import { TimerDisplay } from '../../features/timer/TimerDisplay.js';
import { OnDemand } from '../../infra/ui/OnDemand.js';
import { PageShell } from '../../infra/ui/PageShell.js';
import { useSectionAccess } from '../../features/dialogue/useSectionAccess.js';
import { TrackingLink } from '../../features/tracking/TrackingLink.js';
import { BallotsPanel } from '../../features/votes/BallotsPanel.js';
import { AccessEnded } from './AccessEnded.js';
import { IdentityBadge } from './IdentityBadge.js';
import type { RolePageProps } from './rolePage.js';
import { WorkshopInfo } from './WorkshopInfo.js';

// A dialogue day's waiting screen, with its words, arrives only for the layers that see it.
const CsoOnlyStage = lazy(() => import('../../features/dialogue/CsoOnlyStage.js'));

/** Opens only the section being viewed, so moving on closes the previous document's socket. */
export function ParticipantWorkspace({ workshopId, token, me }: RolePageProps) {
  const [follow] = useState(createFollowStore);
  const { stage, following } = useViewedStage(follow);
  const section = sectionWithView(stage);
  // A section this layer may not open is never asked for: the server would refuse it anyway.
  const access = useSectionAccess(section);
  const connection = useSectionConnection(workshopId, access === 'open' ? section : null, token);
  const presence = usePresence();
  if (presence.connection === 'refused') return <AccessEnded workshopId={workshopId} role={me.identity.role} />;
  return (
    <PageShell
      wide
      aside={
        <>
          <IdentityBadge identity={me.identity} />
          {connection && <ConnectionIndicator connection={connection} />}
        </>
      }
    >
      <StageAnnouncer />
      <div className="room-bar">
        <RoomFollowBar follow={follow} />
        <TimerDisplay hideWhenIdle />
        {me.identity.participantId && <RaiseHandButton participantId={me.identity.participantId} />}
      </div>
      <div className="workspace">
        <div className="workspace__main">
          <BallotsPanel />
          {access === 'waiting' ? (
            <OnDemand>
              <CsoOnlyStage />
            </OnDemand>
          ) : (
            <StageWorkspace stage={stage} following={following} role={me.identity.role} connection={connection} />
          )}
        </div>
        <aside className="workspace__side">
          <WorkshopInfo workshop={me.workshop} />
          <PresencePanel state={presence} />
          {/* Tracking is the coalition's draft: the server refuses it to the Government, UN and NHRC layers, so they are not offered it. */}
          {(me.identity.layer ?? 'cso') === 'cso' && <TrackingLink workshopId={workshopId} />}
        </aside>
      </div>
    </PageShell>
  );
}
