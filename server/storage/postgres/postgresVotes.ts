/**
 * Votes and ballots in PostgreSQL, the twin of sqliteVotes.ts. A ballot is one row per (vote,
 * voter); casting is one conditional upsert, so 150 people pressing at once, a changed mind, a
 * retried request and a close racing a cast all resolve in the database, not in memory.
 */
import type { Pool } from 'pg';
import type { AuditEntry } from '../../../shared/events.js';
import type { BallotChoice, VoteResult, VoteSpec } from '../../../shared/votes.js';
import { describeError, log } from '../../logger.js';
import { insertAudit } from './postgresAudit.js';
import { inTransaction, type Queryable, query } from './postgresConnection.js';
import type { BallotRecord, CastOutcome, StoredVote } from '../Store.js';

interface VoteRow {
  id: string;
  workshop_id: string;
  spec: VoteSpec;
  charter: StoredVote['charter'];
  opened_at: number;
  closed_at: number | null;
  result: VoteResult | null;
}

interface BallotRow {
  vote_id: string;
  voter_key: string;
  participant_id: string;
  name: string;
  organisation: string | null;
  request_id: string;
  choice: BallotChoice | null;
  cast_at: number;
}

// JSON columns arrive parsed (pg reads `json`), so rows map field by field.
const toVote = (row: VoteRow): StoredVote => ({
  id: row.id,
  workshopId: row.workshop_id,
  spec: row.spec,
  charter: row.charter ?? null,
  openedAt: row.opened_at,
  closedAt: row.closed_at,
  result: row.result ?? null,
});

const toBallot = (row: BallotRow): BallotRecord => ({
  voteId: row.vote_id,
  voterKey: row.voter_key,
  participantId: row.participant_id,
  name: row.name,
  organisation: row.organisation,
  requestId: row.request_id,
  choice: row.choice ?? null,
  castAt: row.cast_at,
});

/**
 * Inserts the ballot, or replaces the voter's earlier one, and remembers the request id that
 * wrote it. It writes nothing when the vote is not open (the EXISTS guard), when the row
 * belongs to another delegate of the organisation, or when this request id already wrote it (a
 * retry, even one that arrives after a newer cast from the voter's other device): the
 * statement then yields no row.
 *
 * FOR SHARE makes the guard hold until the cast commits: a close (an UPDATE of that vote row)
 * waits for casts in flight, and a cast that comes after a close re-reads the closed row and
 * writes nothing. Without it, PostgreSQL's read-committed snapshot could let a ballot land
 * after closeVote had already listed the ballots it counts.
 */
const CAST = `
WITH written AS (
  INSERT INTO ballots (vote_id, voter_key, participant_id, name, organisation, request_id, choice, cast_at)
  SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::json, $8::bigint
  WHERE EXISTS (SELECT 1 FROM votes WHERE id = $1::text AND closed_at IS NULL FOR SHARE)
  ON CONFLICT (vote_id, voter_key) DO UPDATE SET
    request_id = excluded.request_id, choice = excluded.choice, cast_at = excluded.cast_at, revision = ballots.revision + 1
  WHERE ballots.participant_id = excluded.participant_id AND ballots.request_id <> excluded.request_id
    AND NOT EXISTS (SELECT 1 FROM ballot_requests r
                    WHERE r.vote_id = excluded.vote_id AND r.voter_key = excluded.voter_key AND r.request_id = excluded.request_id)
  RETURNING revision
), remembered AS (
  INSERT INTO ballot_requests (vote_id, voter_key, request_id)
  SELECT $1::text, $2::text, $6::text FROM written
  ON CONFLICT DO NOTHING
)
SELECT revision FROM written`;

/** Votes and ballots on a pool; each method is one statement or one transaction. */
export class PostgresVotes {
  constructor(private readonly pool: Pool) {}

  openVote(vote: StoredVote, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    return inTransaction(this.pool, async (client) => {
      await query(
        client,
        'INSERT INTO votes (id, workshop_id, spec, charter, opened_at, closed_at, result) VALUES ($1, $2, $3, $4, $5, NULL, NULL)',
        [vote.id, vote.workshopId, JSON.stringify(vote.spec), vote.charter ? JSON.stringify(vote.charter) : null, vote.openedAt],
      );
      return insertAudit(client, vote.workshopId, audit);
    });
  }

  async castBallot(ballot: BallotRecord): Promise<CastOutcome> {
    const { rows } = await query<{ revision: number }>(this.pool, CAST, [
      ballot.voteId,
      ballot.voterKey,
      ballot.participantId,
      ballot.name,
      ballot.organisation,
      ballot.requestId,
      JSON.stringify(ballot.choice),
      ballot.castAt,
    ]);
    const written = rows[0];
    if (written) return written.revision === 0 ? 'cast' : 'replaced';
    // Nothing written: say why. Votes never reopen and a ballot's holder never changes, so
    // reading after the statement gives the same answer SQLite's single transaction does
    // (at worst "closed" for a no-op that raced a close, which is what it would be after it).
    const vote = await query<{ closed_at: number | null }>(this.pool, 'SELECT closed_at FROM votes WHERE id = $1', [ballot.voteId]);
    if (!vote.rows[0] || vote.rows[0].closed_at !== null) return 'closed';
    const held = await query<{ participant_id: string }>(
      this.pool,
      'SELECT participant_id FROM ballots WHERE vote_id = $1 AND voter_key = $2',
      [ballot.voteId, ballot.voterKey],
    );
    return held.rows[0] && held.rows[0].participant_id !== ballot.participantId ? 'taken' : 'repeated';
  }

  closeVote(voteId: string, closedAt: number): Promise<BallotRecord[] | null> {
    return inTransaction(this.pool, async (client) => {
      const { rowCount } = await query(client, 'UPDATE votes SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL', [closedAt, voteId]);
      // The UPDATE waited for every cast holding the vote row; this read sees all of them.
      return rowCount === 0 ? null : this.listBallots(voteId, client);
    });
  }

  async recordResult(voteId: string, result: VoteResult, audit: Omit<AuditEntry, 'id'>, forgetChoices: boolean): Promise<AuditEntry | null> {
    const entry = await inTransaction(this.pool, async (client) => {
      // Conditional: of two instances counting one close, the second's UPDATE waits for the first's commit, then matches nothing.
      const { rows } = await query<{ workshop_id: string }>(
        client,
        'UPDATE votes SET result = $1 WHERE id = $2 AND result IS NULL RETURNING workshop_id',
        [JSON.stringify(result), voteId],
      );
      if (!rows[0]) {
        const exists = await query(client, 'SELECT 1 FROM votes WHERE id = $1', [voteId]);
        if (exists.rowCount === 0) throw new Error(`no vote ${voteId}`);
        return null;
      }
      if (forgetChoices) await query(client, 'UPDATE ballots SET choice = NULL WHERE vote_id = $1', [voteId]);
      return insertAudit(client, rows[0].workshop_id, audit);
    });
    if (entry && forgetChoices) await this.rewriteBallots();
    return entry;
  }

  /**
   * The UPDATE that blanks choices leaves the old row versions in the table's file as dead
   * tuples, and a plain VACUUM frees their space without zeroing it. VACUUM FULL writes the live
   * rows into a new file and drops the old one. It cannot run inside a transaction, so it follows
   * the commit. It locks the table, so casts in every workshop wait while it copies the ballots
   * of all of them: 30–60 ms for 15,000 ballots. Best effort: the result is committed, so a
   * failure is logged. Out of its reach (docs/ARCHITECTURE.md): PostgreSQL's WAL, and an old
   * version that a transaction open elsewhere in the database can still see, which it copies.
   */
  private async rewriteBallots(): Promise<void> {
    try {
      await query(this.pool, 'VACUUM FULL ballots');
    } catch (error) {
      log.warn('store.ballots_not_rewritten', { error: describeError(error) });
    }
  }

  async listVotes(workshopId: string): Promise<StoredVote[]> {
    const { rows } = await query<VoteRow>(this.pool, 'SELECT * FROM votes WHERE workshop_id = $1 ORDER BY opened_at, seq', [workshopId]);
    return rows.map(toVote);
  }

  async listBallots(voteId: string, db: Queryable = this.pool): Promise<BallotRecord[]> {
    const { rows } = await query<BallotRow>(db, 'SELECT * FROM ballots WHERE vote_id = $1 ORDER BY cast_at, seq', [voteId]);
    return rows.map(toBallot);
  }
}
