/** Personal invitations, extra device tokens and last-seen times, in SQLite (`sqliteSchema.ts`). */
import type Database from 'better-sqlite3';
import type { InvitationRecord, LastSeenRecord } from '../Store.js';

const INVITATION_COLUMNS = 'workshop_id AS workshopId, delegate_id AS delegateId, hash, issued_at AS issuedAt';

/** Synchronous statements; the store runs the writes in its durable transactions. */
export class SqliteEntry {
  private readonly upsertInvitation: Database.Statement<[string, string, string, number]>;
  private readonly deleteInvitation: Database.Statement<[string, string]>;
  private readonly upsertLastSeen: Database.Statement<[number, string, string]>;

  constructor(private readonly db: Database.Database) {
    this.upsertInvitation = db.prepare(
      `INSERT INTO invitation_links (delegate_id, workshop_id, hash, issued_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (workshop_id, delegate_id) DO UPDATE SET hash = excluded.hash, issued_at = excluded.issued_at`,
    );
    this.deleteInvitation = db.prepare('DELETE FROM invitation_links WHERE workshop_id = ? AND delegate_id = ?');
    this.upsertLastSeen = db.prepare(
      `INSERT INTO participant_last_seen (participant_id, workshop_id, last_seen_at)
       SELECT id, workshop_id, ? FROM participants WHERE id = ? AND workshop_id = ?
       ON CONFLICT (participant_id) DO UPDATE SET last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
    );
  }

  /** Inside the caller's transaction. */
  writeInvitations(workshopId: string, change: { issue: InvitationRecord[]; revoke: string[] }): void {
    for (const delegateId of change.revoke) this.deleteInvitation.run(workshopId, delegateId);
    for (const invitation of change.issue) this.upsertInvitation.run(invitation.delegateId, workshopId, invitation.hash, invitation.issuedAt);
  }

  findInvitation(hash: string): InvitationRecord | null {
    return (this.db.prepare(`SELECT ${INVITATION_COLUMNS} FROM invitation_links WHERE hash = ?`).get(hash) as InvitationRecord | undefined) ?? null;
  }

  listInvitations(workshopId: string): InvitationRecord[] {
    return this.db.prepare(`SELECT ${INVITATION_COLUMNS} FROM invitation_links WHERE workshop_id = ? ORDER BY delegate_id`).all(workshopId) as InvitationRecord[];
  }

  countTokens(workshopId: string, participantId: string): number {
    return this.db.prepare('SELECT count(*) FROM tokens WHERE workshop_id = ? AND participant_id = ?').pluck().get(workshopId, participantId) as number;
  }

  /** Inside the caller's transaction; ids of another workshop (or none) are skipped. */
  recordLastSeen(workshopId: string, participantIds: string[], at: number): void {
    for (const participantId of participantIds) this.upsertLastSeen.run(at, participantId, workshopId);
  }

  listLastSeen(workshopId: string): LastSeenRecord[] {
    return this.db
      .prepare('SELECT participant_id AS participantId, last_seen_at AS lastSeenAt FROM participant_last_seen WHERE workshop_id = ? ORDER BY participant_id')
      .all(workshopId) as LastSeenRecord[];
  }
}
