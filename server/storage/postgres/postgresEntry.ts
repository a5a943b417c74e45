/** Personal invitations, extra device tokens and last-seen times, in PostgreSQL (migration 4, `postgresMigrations.ts`). */
import type { Pool } from 'pg';
import type { AuditEntry } from '../../../shared/events.js';
import type { InvitationRecord, LastSeenRecord } from '../Store.js';
import { insertAudit } from './postgresAudit.js';
import { inTransaction, query } from './postgresConnection.js';

const INVITATION_COLUMNS = 'workshop_id AS "workshopId", delegate_id AS "delegateId", hash, issued_at AS "issuedAt"';

/** The tables as SQL. */
export const ENTRY_TABLES = `
CREATE TABLE invitation_links (
  delegate_id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  hash TEXT NOT NULL UNIQUE,
  issued_at BIGINT NOT NULL
);
CREATE INDEX invitation_links_by_workshop ON invitation_links (workshop_id);
CREATE TABLE participant_last_seen (
  participant_id TEXT PRIMARY KEY REFERENCES participants(id),
  workshop_id TEXT NOT NULL REFERENCES workshops(id),
  last_seen_at BIGINT NOT NULL
);
`;

export class PostgresEntry {
  constructor(private readonly pool: Pool) {}

  writeInvitations(workshopId: string, change: { issue: InvitationRecord[]; revoke: string[] }, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    return inTransaction(this.pool, async (client) => {
      if (change.revoke.length > 0) {
        await query(client, 'DELETE FROM invitation_links WHERE workshop_id = $1 AND delegate_id = ANY($2::text[])', [workshopId, change.revoke]);
      }
      for (const invitation of change.issue) {
        await query(
          client,
          `INSERT INTO invitation_links (delegate_id, workshop_id, hash, issued_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (workshop_id, delegate_id) DO UPDATE SET hash = excluded.hash, issued_at = excluded.issued_at`,
          [invitation.delegateId, workshopId, invitation.hash, invitation.issuedAt],
        );
      }
      return insertAudit(client, workshopId, audit);
    });
  }

  async findInvitation(hash: string): Promise<InvitationRecord | null> {
    const { rows } = await query<InvitationRecord>(this.pool, `SELECT ${INVITATION_COLUMNS} FROM invitation_links WHERE hash = $1`, [hash]);
    return rows[0] ?? null;
  }

  async listInvitations(workshopId: string): Promise<InvitationRecord[]> {
    const { rows } = await query<InvitationRecord>(this.pool, `SELECT ${INVITATION_COLUMNS} FROM invitation_links WHERE workshop_id = $1 ORDER BY delegate_id`, [workshopId]);
    return rows;
  }

  async countTokens(workshopId: string, participantId: string): Promise<number> {
    const { rows } = await query<{ count: string }>(this.pool, 'SELECT count(*) AS count FROM tokens WHERE workshop_id = $1 AND participant_id = $2', [
      workshopId,
      participantId,
    ]);
    return Number(rows[0]?.count ?? 0);
  }

  /** Ids of another workshop (or none) are skipped; a later time is kept. */
  async recordLastSeen(workshopId: string, participantIds: string[], at: number): Promise<void> {
    if (participantIds.length === 0) return;
    await query(
      this.pool,
      `INSERT INTO participant_last_seen (participant_id, workshop_id, last_seen_at)
       SELECT id, workshop_id, $3 FROM participants WHERE workshop_id = $1 AND id = ANY($2::text[])
       ON CONFLICT (participant_id) DO UPDATE SET last_seen_at = GREATEST(participant_last_seen.last_seen_at, excluded.last_seen_at)`,
      [workshopId, participantIds, at],
    );
  }

  async listLastSeen(workshopId: string): Promise<LastSeenRecord[]> {
    const { rows } = await query<LastSeenRecord>(
      this.pool,
      'SELECT participant_id AS "participantId", last_seen_at AS "lastSeenAt" FROM participant_last_seen WHERE workshop_id = $1 ORDER BY participant_id',
      [workshopId],
    );
    return rows;
  }
}
