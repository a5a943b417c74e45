/** Appends one audit entry inside the caller's transaction, so a change and its record commit together. */
import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../shared/events.js';

/** Inserts the entry and returns it with its id. */
export function insertAudit(db: Database.Database, workshopId: string, audit: Omit<AuditEntry, 'id'>): AuditEntry {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO audit_log (workshop_id, at, actor_role, actor_name, command, detail) VALUES (?, ?, ?, ?, ?, ?)')
    .run(workshopId, audit.at, audit.actorRole, audit.actorName, audit.command, JSON.stringify(audit.detail));
  return { ...audit, id: Number(lastInsertRowid) };
}
