/** The audit log for the console: `audit:list` when opened (and on reconnect), then live `audit` events. */
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../../shared/events.js';
import { useControl, useControlConnection } from '../../infra/control/ControlContext.js';
import { AUDIT_LIMIT, mergeAudit } from './auditLog.js';

/** Entries newest first; `failed` when the list could not be read. */
export function useAuditLog(): { entries: AuditEntry[]; failed: boolean } {
  const connection = useControlConnection();
  const link = useControl((snapshot) => snapshot.link);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!connection) return;
    return connection.onAudit((entry) => setEntries((current) => mergeAudit(current, [entry])));
  }, [connection]);

  useEffect(() => {
    // Re-listing after a reconnect fills in what happened while this laptop was away.
    if (!connection || link !== 'connected') return;
    let current = true;
    void connection.run('audit:list', { limit: AUDIT_LIMIT }).then((outcome) => {
      if (!current) return;
      setFailed(!outcome.ok);
      if (outcome.ok) setEntries((existing) => mergeAudit(existing, outcome.entries));
    });
    return () => {
      current = false;
    };
  }, [connection, link]);

  return { entries, failed };
}
