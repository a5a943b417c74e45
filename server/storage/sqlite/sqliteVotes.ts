/**
 * Votes and ballots in SQLite. A ballot is one row per (vote, voter); casting is one conditional
 * upsert, so 150 people pressing at once, a changed mind, a retried request and a close racing a
 * cast all resolve in the database, not in memory.
 */
import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../shared/events.js';
import type { BallotChoice, VoteResult, VoteSpec } from '../../../shared/votes.js';
import { insertAudit } from './sqliteAudit.js';
import type { BallotRecord, CastOutcome, StoredVote } from '../Store.js';

interface VoteRow {
  id: string;
  workshop_id: string;
  spec: string;
  charter: string | null;
  opened_at: number;
  closed_at: number | null;
  result: string | null;
}

interface BallotRow {
  vote_id: string;
  voter_key: string;
  participant_id: string;
  name: string;
  organisation: string | null;
  request_id: string;
  choice: string | null;
  cast_at: number;
}

const toVote = (row: VoteRow): StoredVote => ({
  id: row.id,
  workshopId: row.workshop_id,
  spec: JSON.parse(row.spec) as VoteSpec,
  charter: row.charter ? (JSON.parse(row.charter) as StoredVote['charter']) : null,
  openedAt: row.opened_at,
  closedAt: row.closed_at,
  result: row.result ? (JSON.parse(row.result) as VoteResult) : null,
});

const toBallot = (row: BallotRow): BallotRecord => ({
  voteId: row.vote_id,
  voterKey: row.voter_key,
  participantId: row.participant_id,
  name: row.name,
  organisation: row.organisation,
  requestId: row.request_id,
  choice: row.choice === null ? null : (JSON.parse(row.choice) as BallotChoice),
  castAt: row.cast_at,
});

/**
 * Inserts the ballot, or replaces the voter's earlier one. It writes nothing when the vote is
 * not open (the EXISTS guard), when the row belongs to another delegate of the organisation,
 * or when this request id already wrote it (a retry, even one that arrives after a newer cast
 * from the voter's other device): RETURNING then yields no row.
 */
const CAST = `
INSERT INTO ballots (vote_id, voter_key, participant_id, name, organisation, request_id, choice, cast_at)
SELECT @voteId, @voterKey, @participantId, @name, @organisation, @requestId, @choice, @castAt
WHERE EXISTS (SELECT 1 FROM votes WHERE id = @voteId AND closed_at IS NULL)
ON CONFLICT (vote_id, voter_key) DO UPDATE SET
  request_id = excluded.request_id, choice = excluded.choice, cast_at = excluded.cast_at, revision = ballots.revision + 1
WHERE ballots.participant_id = excluded.participant_id AND ballots.request_id <> excluded.request_id
  AND NOT EXISTS (SELECT 1 FROM ballot_requests r
                  WHERE r.vote_id = excluded.vote_id AND r.voter_key = excluded.voter_key AND r.request_id = excluded.request_id)
RETURNING revision`;

const REMEMBER_REQUEST = 'INSERT OR IGNORE INTO ballot_requests (vote_id, voter_key, request_id) VALUES (@voteId, @voterKey, @requestId)';

export class SqliteVotes {
  constructor(private readonly db: Database.Database) {}

  openVote(vote: StoredVote, audit: Omit<AuditEntry, 'id'>): AuditEntry {
    return this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO votes (id, workshop_id, spec, charter, opened_at, closed_at, result) VALUES (?, ?, ?, ?, ?, NULL, NULL)')
        .run(vote.id, vote.workshopId, JSON.stringify(vote.spec), vote.charter ? JSON.stringify(vote.charter) : null, vote.openedAt);
      return insertAudit(this.db, vote.workshopId, audit);
    })();
  }

  castBallot(ballot: BallotRecord): CastOutcome {
    return this.db.transaction((): CastOutcome => {
      const written = this.db.prepare(CAST).get({ ...ballot, choice: JSON.stringify(ballot.choice) }) as { revision: number } | undefined;
      if (written) {
        this.db.prepare(REMEMBER_REQUEST).run({ voteId: ballot.voteId, voterKey: ballot.voterKey, requestId: ballot.requestId });
        return written.revision === 0 ? 'cast' : 'replaced';
      }
      // Nothing written: say why, from the same transaction's view.
      const vote = this.db.prepare('SELECT closed_at FROM votes WHERE id = ?').get(ballot.voteId) as { closed_at: number | null } | undefined;
      if (!vote || vote.closed_at !== null) return 'closed';
      const held = this.db
        .prepare('SELECT participant_id FROM ballots WHERE vote_id = ? AND voter_key = ?')
        .get(ballot.voteId, ballot.voterKey) as { participant_id: string } | undefined;
      return held && held.participant_id !== ballot.participantId ? 'taken' : 'repeated';
    })();
  }

  closeVote(voteId: string, closedAt: number): BallotRecord[] | null {
    return this.db.transaction(() => {
      const { changes } = this.db.prepare('UPDATE votes SET closed_at = ? WHERE id = ? AND closed_at IS NULL').run(closedAt, voteId);
      return changes === 0 ? null : this.listBallots(voteId);
    })();
  }

  recordResult(voteId: string, result: VoteResult, audit: Omit<AuditEntry, 'id'>, forgetChoices: boolean): AuditEntry | null {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT workshop_id, result FROM votes WHERE id = ?').get(voteId) as { workshop_id: string; result: string | null } | undefined;
      if (!row) throw new Error(`no vote ${voteId}`);
      if (row.result !== null) return null;
      this.db.prepare('UPDATE votes SET result = ? WHERE id = ?').run(JSON.stringify(result), voteId);
      if (forgetChoices) this.db.prepare('UPDATE ballots SET choice = NULL WHERE vote_id = ?').run(voteId);
      return insertAudit(this.db, row.workshop_id, audit);
    })();
  }

  listVotes(workshopId: string): StoredVote[] {
    const rows = this.db.prepare('SELECT * FROM votes WHERE workshop_id = ? ORDER BY opened_at, rowid').all(workshopId) as VoteRow[];
    return rows.map(toVote);
  }

  listBallots(voteId: string): BallotRecord[] {
    const rows = this.db.prepare('SELECT * FROM ballots WHERE vote_id = ? ORDER BY cast_at, rowid').all(voteId) as BallotRow[];
    return rows.map(toBallot);
  }
}
