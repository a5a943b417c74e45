/** The working area of a page: the viewed section's view (locked or not), or the session brief. */
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../shared/agenda.js';
import { can, type Role } from '../../../../shared/roles.js';
import { OfflineNotice } from '../../infra/collab/OfflineNotice.js';
import type { SectionConnection } from '../../infra/collab/SectionConnection.js';
import { useSectionSynced } from '../../infra/collab/useSyncStatus.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useRoomSession } from '../follow/useRoomSession.js';
import { OnDemand } from '../../infra/ui/OnDemand.js';
import { SessionBrief } from './SessionBrief.js';
import { sectionWithView, STAGE_VIEWS } from './stageViews.js';

interface StageWorkspaceProps {
  stage: Stage;
  following: boolean;
  role: Role;
  /** The viewed section's document, opened by the page (its status also feeds the header). */
  connection: SectionConnection | null;
}

/** A locked section stays readable; the notice says why the fields do not take typing. */
export function StageWorkspace({ stage, following, role, connection }: StageWorkspaceProps) {
  const { t } = useTranslation();
  const { session } = useRoomSession();
  const section = sectionWithView(stage);
  const locked = useControl((snapshot) => (section ? (snapshot.state?.locks[section] ?? false) : false));
  // Amendment mode refuses participants' charter edits at the server like a lock, so the editor
  // takes no typing either; the amendments panel explains it, so the lock notice stays for locks.
  const amending = useControl((snapshot) => section === 'charter' && (snapshot.state?.amendments?.mode ?? false));
  const View = section ? STAGE_VIEWS[section] : undefined;
  const readOnly = (locked || amending) && !can(role, 'editLockedSections');
  const synced = useSectionSynced(connection);

  if (!View || !connection) return <SessionBrief stage={stage} session={following ? session : null} />;
  return (
    <>
      <OfflineNotice connection={connection} />
      {locked && (
        <p className="notice notice--locked" role="status" data-testid="locked-notice">
          {readOnly ? t('locks.lockedForYou') : t('locks.lockedForOthers')}
        </p>
      )}
      <OnDemand>
        <View doc={connection.doc} readOnly={readOnly} synced={synced} canSpotlight={can(role, 'runAgenda')} />
      </OnDemand>
    </>
  );
}
