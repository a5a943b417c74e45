/** Headcount and whether the screen is live, in the projector's header. */
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../collab/syncStatus.js';
import type { PresenceState } from '../presence/presenceStore.js';

/** The screen never edits, so "saving" cannot happen here; it is either live or not. */
export function ProjectorStatus({ presence, syncStatus }: { presence: PresenceState; syncStatus: SyncStatus }) {
  const { t } = useTranslation();
  const people = presence.presence.filter((entry) => entry.role !== 'projector').length;
  const live = syncStatus === 'stored' || syncStatus === 'saving';
  return (
    <div className="projector__status">
      <p className="projector__count" aria-live="polite">
        {presence.connection === 'connected' ? t('presence.count', { count: people }) : t('presence.connecting')}
      </p>
      <p className={`sync-status sync-status--${live ? 'stored' : syncStatus}`} role="status" data-status={syncStatus}>
        <span className="sync-status__dot" aria-hidden="true" />
        {live ? t('status.live') : t(`status.${syncStatus === 'refused' ? 'offline' : syncStatus}`)}
      </p>
    </div>
  );
}
