/** The status of a section's connection, in words and colour, never claiming more than is known. */
import { useTranslation } from 'react-i18next';
import type { SectionConnection } from './SectionConnection.js';
import { useSyncStatus } from './useSyncStatus.js';

const HINTS = {
  offline: 'status.offlineHint',
  connecting: 'status.connectingHint',
  saving: 'status.savingHint',
  stored: 'status.storedHint',
  refused: 'errors.tokenRefused',
} as const;

/** A status role, so changes are announced politely to screen readers. */
export function ConnectionIndicator({ connection }: { connection: SectionConnection }) {
  const { t } = useTranslation();
  const status = useSyncStatus(connection);
  const label = status === 'refused' ? t('status.offline') : t(`status.${status}`);
  return (
    <p className={`sync-status sync-status--${status}`} role="status" data-status={status} title={t(HINTS[status])}>
      <span className="sync-status__dot" aria-hidden="true" />
      <span className="visually-hidden">{t('status.label')}: </span>
      {label}
      {(status === 'offline' || status === 'refused') && <span className="visually-hidden"> — {t(HINTS[status])}</span>}
    </p>
  );
}
