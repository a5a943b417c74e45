/** The facilitator's console: where the room is and the timer on top; agenda, working view and room controls below. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvitationListPanel } from '../../features/accreditation/InvitationListPanel.js';
import { WaitingListPanel } from '../../features/accreditation/WaitingListPanel.js';
import '../../features/accreditation/accreditation.css';
import { AgendaPanel } from '../../features/agenda/AgendaPanel.js';
import { AgendaStepper } from '../../features/agenda/AgendaStepper.js';
import { ConnectionIndicator } from '../../infra/collab/ConnectionIndicator.js';
import { useSectionConnection } from '../../infra/collab/useSectionConnection.js';
import { createFollowStore } from '../../features/follow/followStore.js';
import { RoomFollowBar } from '../../features/follow/RoomFollowBar.js';
import { useViewedStage } from '../../features/follow/useViewedStage.js';
import { AttendancePanel } from '../../features/entry/AttendancePanel.js';
import { EntryModePanel } from '../../features/entry/EntryModePanel.js';
import { AuditLogPanel } from '../../features/room/AuditLogPanel.js';
import { HandsQueue } from '../../features/room/HandsQueue.js';
import { LocksPanel } from '../../features/room/LocksPanel.js';
import { WorkshopLanguagePanel } from '../../features/room/WorkshopLanguagePanel.js';
import { SpotlightPanel } from '../../features/room/SpotlightPanel.js';
import { sectionWithView } from '../../features/stages/stageViews.js';
import { StageWorkspace } from '../../features/stages/StageWorkspace.js';
import { TimerControls } from '../../features/timer/TimerControls.js';
import { VotesPanel } from '../../features/votes/VotesPanel.js';
import { PageShell } from '../../infra/ui/PageShell.js';
// The projector's live preview and screen controls (issue 15): one panel, self-contained.
import { ProjectorPreview } from '../projector/ProjectorPreview.js';
import { IdentityBadge } from '../workspace/IdentityBadge.js';
import type { RolePageProps } from '../workspace/rolePage.js';
import { WorkshopInfo } from '../workspace/WorkshopInfo.js';
import { ConsoleLinks } from './ConsoleLinks.js';
import { ConsolePanel } from './ConsolePanel.js';
import './console.css';
import { ControlLinkNotice } from './ControlLinkNotice.js';
import { ExportLink } from './ExportLink.js';
import { TrackingLink } from '../../features/tracking/TrackingLink.js';
import { ContinueAsDialogue } from '../../features/dialogue/ContinueAsDialogue.js';
// Words that load with this screen, not with the first visit.
import '../../features/entry/entryConsoleCatalogue.js';
// Words that load with this screen, not with the first visit.
import '../../features/accreditation/accreditationConsoleCatalogue.js';

/** Every panel runs its own commands and shows its own refusals beside its controls. */
export function FacilitatorConsole({ workshopId, token, me }: RolePageProps) {
  const { t } = useTranslation();
  const [follow] = useState(createFollowStore);
  const { stage, following } = useViewedStage(follow);
  const connection = useSectionConnection(workshopId, sectionWithView(stage), token);
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
      <h1 className="visually-hidden">{t('console.title')}</h1>
      <ControlLinkNotice />
      <div className="console">
        <div className="console__run">
          <AgendaStepper />
          <TimerControls />
          <HandsQueue canLower />
        </div>
        <div className="console__agenda">
          <AgendaPanel />
        </div>
        <div className="console__main">
          <RoomFollowBar follow={follow} forFacilitator />
          <StageWorkspace stage={stage} following={following} role={me.identity.role} connection={connection} />
        </div>
        {/* Open at first: what a session needs at a click (votes, spotlight, locks, the record); folded: the long lists and the links. */}
        <aside className="console__side" aria-label={t('console.roomControls')}>
          <ProjectorPreview workshopId={workshopId} token={token} me={me} />
          <ConsolePanel id="console-votes" title={t('votes.title')} defaultOpen>
            <VotesPanel />
          </ConsolePanel>
          <ConsolePanel id="console-spotlight" title={t('spotlight.title')} defaultOpen>
            <SpotlightPanel />
          </ConsolePanel>
          <ConsolePanel id="console-locks" title={t('locks.title')} defaultOpen>
            <LocksPanel />
          </ConsolePanel>
          <ConsolePanel id="console-language" title={t('workshopLanguage.title')}>
            <WorkshopLanguagePanel />
          </ConsolePanel>
          <ConsolePanel id="console-waiting" title={t('accreditationConsole.waiting.title')} defaultOpen>
            <WaitingListPanel />
          </ConsolePanel>
          <ConsolePanel id="console-invitations" title={t('accreditationConsole.list.title')}>
            <InvitationListPanel workshopId={workshopId} token={token} />
          </ConsolePanel>
          <ConsolePanel id="console-entry" title={t('entry.title')}>
            <EntryModePanel />
          </ConsolePanel>
          <ConsolePanel id="console-attendance" title={t('attendance.title')}>
            <AttendancePanel workshopId={workshopId} linkBase={me.linkBase?.url ?? window.location.origin} />
          </ConsolePanel>
          <ConsolePanel id="console-audit" title={t('audit.title')}>
            <AuditLogPanel />
          </ConsolePanel>
          <ConsoleLinks workshopId={workshopId} token={token} me={me} />
          <ConsolePanel id="console-dialogue-day" title={t('dialogue.organiser.badge')}>
            <ContinueAsDialogue workshopId={workshopId} token={token} />
          </ConsolePanel>
          <ConsolePanel id="console-record" title={t('console.exportHeading')} defaultOpen>
            <WorkshopInfo workshop={me.workshop} />
            <ExportLink workshopId={workshopId} />
            <TrackingLink workshopId={workshopId} />
          </ConsolePanel>
        </aside>
      </div>
    </PageShell>
  );
}
