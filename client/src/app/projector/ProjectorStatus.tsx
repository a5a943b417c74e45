/** Participants present and whether the screen is live, in the projector's header. */
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../infra/collab/syncStatus.js';
import { usePresence } from '../../features/presence/usePresence.js';
import { useControl } from '../../infra/control/ControlContext.js';
// Words that load with this screen, not with the first visit.
import '../../features/accreditation/accreditationConsoleCatalogue.js';

/** The screen never edits, so "saving" cannot happen here; it is either live or not. */
export function ProjectorStatus({ syncStatus }: { syncStatus: SyncStatus }) {
  const { t } = useTranslation();
  const presence = usePresence();
  // The projector is sent counts, never the roster.
  const participants = presence.headcount.participants;
  // Who waits on the waiting list: a count the room can see, never names.
  const waiting = useControl((snapshot) => snapshot.state?.accreditation?.waitingCount ?? 0);
  const live = syncStatus === 'stored' || syncStatus === 'saving';
  return (
    <div className="projector__status">
      <p className="projector__count" data-testid="projector-count">
        {presence.connection === 'connected' ? t('projector.participants', { count: participants }) : t('presence.connecting')}
      </p>
      {waiting > 0 && (
        <p className="projector__count" data-testid="projector-waiting">
          {t('accreditationConsole.waiting.count', { count: waiting })}
        </p>
      )}
      <p className={`sync-status sync-status--${live ? 'stored' : syncStatus}`} role="status" data-status={syncStatus}>
        <span className="sync-status__dot" aria-hidden="true" />
        {live ? t('status.live') : t(`status.${syncStatus === 'refused' ? 'offline' : syncStatus}`)}
      </p>
    </div>
  );
}
