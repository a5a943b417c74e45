/** Appends one audit entry inside the caller's transaction, so a change and its record commit together. */
import type { AuditEntry } from '../../../shared/events.js';
import { type Queryable, query } from './postgresConnection.js';

/** Inserts the entry and returns it with its id. */
export async function insertAudit(db: Queryable, workshopId: string, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
  const { rows } = await query<{ id: number }>(
    db,
    'INSERT INTO audit_log (workshop_id, at, actor_role, actor_name, command, detail) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [workshopId, audit.at, audit.actorRole, audit.actorName, audit.command, JSON.stringify(audit.detail)],
  );
  return { ...audit, id: rows[0]!.id };
}
