/** A visible reassurance while offline: work continues and nothing is lost. */
import { useTranslation } from 'react-i18next';
import type { SectionConnection } from './SectionConnection.js';
import { useSyncStatus } from './useSyncStatus.js';

/** Shown only while offline (or refused); the header indicator carries the live status. */
export function OfflineNotice({ connection }: { connection: SectionConnection }) {
  const { t } = useTranslation();
  const status = useSyncStatus(connection);
  if (status !== 'offline' && status !== 'refused') return null;
  return (
    <p className={status === 'refused' ? 'notice notice--error' : 'notice notice--offline'}>
      {t(status === 'refused' ? 'errors.tokenRefused' : 'status.offlineHint')}
    </p>
  );
}
