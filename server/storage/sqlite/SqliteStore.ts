/**
 * The embedded store: one SQLite file in DATA_DIR, no set-up. WAL journal. Yjs updates are
 * appended to an update journal beside it first and moved into SQLite in bulk (UpdateJournal).
 * Every write survives a crash of the process at once; WalSync flushes it to disk (see there
 * for when), so it survives a crash of the machine too. better-sqlite3 is synchronous; the
 * async interface is kept for the PostgreSQL twin.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry, ControlRecord } from '../../../shared/events.js';
import type { Role } from '../../../shared/roles.js';
import type { VoteResult } from '../../../shared/votes.js';
import { describeError, log } from '../../logger.js';
import { lockDataDir } from './dataDirLock.js';
import { insertAudit } from './sqliteAudit.js';
import { SqliteAttendance } from './sqliteAttendance.js';
import { restoreWorkshop } from './sqliteRestore.js';
import type {
  AttendanceRecord,
  BallotRecord,
  CastOutcome,
  ParticipantRecord,
  ParticipantRemoval,
  RestoredWorkshop,
  Store,
  StoredDocument,
  StoredVote,
  TokenGrant,
  TokenRecord,
  WorkshopRecord,
} from '../Store.js';
import { SQLITE_SCHEMA } from './sqliteSchema.js';
import { SqliteVotes } from './sqliteVotes.js';
import { UpdateJournal } from './UpdateJournal.js';
import { WalSync } from './walSync.js';

interface WorkshopRow {
  id: string;
  title: string;
  country: string | null;
  starts_on: string | null;
  ends_on: string | null;
  join_code: string;
  created_at: number;
}

interface TokenRow {
  hash: string;
  workshop_id: string;
  role: Role;
  participant_id: string | null;
  name: string | null;
  organisation: string | null;
  participant_created_at: number | null;
}

const toWorkshop = (row: WorkshopRow): WorkshopRecord => ({
  id: row.id,
  title: row.title,
  country: row.country,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  joinCode: row.join_code,
  createdAt: row.created_at,
});

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  /** Prepared once: every connection looks up its token. */
  private readonly selectToken: Database.Statement<[string], TokenRow>;
  /** Prepared once: the health check runs it every few seconds. */
  private readonly readOneRow: Database.Statement<[]>;
  private readonly votes: SqliteVotes;
  private readonly attendance: SqliteAttendance;
  private readonly wal: WalSync;
  private readonly journal: UpdateJournal;
  private closing: Promise<void> | null = null;

  private constructor(
    file: string,
    journalFile: string,
    private readonly releaseDataDir: () => void,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // No flush inside a commit (checkpoints still sync): WalSync flushes after, off the relay's path.
    this.db.pragma('synchronous = NORMAL');
    // Deleted or overwritten content is zeroed, not left in free space, so a secret vote's blanked
    // choices (and a changed mind's first ballot) cannot be read back from the file. Inserts cost
    // the same; a compaction whose snapshot changed size writes the old one's pages again, as zeros.
    this.db.pragma('secure_delete = ON');
    this.wal = new WalSync(`${file}-wal`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SQLITE_SCHEMA);
    this.votes = new SqliteVotes(this.db);
    this.attendance = new SqliteAttendance(this.db);
    this.selectToken = this.db.prepare(
      `SELECT t.hash, t.workshop_id, t.role, t.participant_id,
              p.name, p.organisation, p.created_at AS participant_created_at
       FROM tokens t LEFT JOIN participants p ON p.id = t.participant_id
       WHERE t.hash = ?`,
    );
    this.readOneRow = this.db.prepare('SELECT 1 FROM workshops LIMIT 1');
    try {
      this.journal = new UpdateJournal(journalFile, this.db, this.wal);
    } catch (error) {
      // A journal that cannot be recovered (a full disk) fails the open; nothing stays open.
      this.db.close();
      throw error;
    }
  }

  /**
   * Opens (or creates) `convene.sqlite` and its update journal `convene.journal` in the data
   * folder, moving into the database whatever the journal kept from a crash. Throws
   * DataDirInUse while another process has the folder open.
   */
  static open(dataDir: string): SqliteStore {
    fs.mkdirSync(dataDir, { recursive: true });
    const release = lockDataDir(dataDir);
    try {
      return new SqliteStore(path.join(dataDir, 'convene.sqlite'), path.join(dataDir, 'convene.journal'), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  async createWorkshop(workshop: WorkshopRecord, tokens: TokenRecord[]): Promise<void> {
    const insertWorkshop = this.db.prepare(
      `INSERT INTO workshops (id, title, country, starts_on, ends_on, join_code, created_at)
       VALUES (@id, @title, @country, @startsOn, @endsOn, @joinCode, @createdAt)`,
    );
    await this.durably(() => {
      insertWorkshop.run(workshop);
      for (const token of tokens) this.insertToken(token);
    });
  }

  async findWorkshop(id: string): Promise<WorkshopRecord | null> {
    const row = this.db.prepare('SELECT * FROM workshops WHERE id = ?').get(id) as WorkshopRow | undefined;
    return row ? toWorkshop(row) : null;
  }

  async findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const row = this.db.prepare('SELECT * FROM workshops WHERE join_code = ?').get(joinCode) as WorkshopRow | undefined;
    return row ? toWorkshop(row) : null;
  }

  async addParticipant(participant: ParticipantRecord, token: TokenRecord): Promise<void> {
    const insert = this.db.prepare(
      `INSERT INTO participants (id, workshop_id, name, organisation, created_at)
       VALUES (@id, @workshopId, @name, @organisation, @createdAt)`,
    );
    await this.durably(() => {
      insert.run(participant);
      this.insertToken(token);
    });
  }

  async findToken(hash: string): Promise<TokenGrant | null> {
    const row = this.selectToken.get(hash);
    if (!row) return null;
    const participant =
      row.participant_id && row.name !== null && row.organisation !== null
        ? {
            id: row.participant_id,
            workshopId: row.workshop_id,
            name: row.name,
            organisation: row.organisation,
            createdAt: row.participant_created_at ?? 0,
          }
        : null;
    return { hash: row.hash, workshopId: row.workshop_id, role: row.role, participantId: row.participant_id, participant };
  }

  async removeParticipant(workshopId: string, participantId: string, removedAt: number): Promise<boolean> {
    const remove = this.db.prepare(
      `INSERT OR IGNORE INTO participant_removals (participant_id, workshop_id, removed_at)
       SELECT id, workshop_id, ? FROM participants WHERE id = ? AND workshop_id = ?`,
    );
    const revoke = this.db.prepare('DELETE FROM tokens WHERE participant_id = ? AND workshop_id = ?');
    let removed = false;
    await this.durably(() => {
      removed = remove.run(removedAt, participantId, workshopId).changes === 1;
      if (removed) revoke.run(participantId, workshopId);
    });
    return removed;
  }

  async listRemovals(workshopId: string): Promise<ParticipantRemoval[]> {
    return this.db
      .prepare('SELECT participant_id AS participantId, removed_at AS removedAt FROM participant_removals WHERE workshop_id = ? ORDER BY removed_at, participant_id')
      .all(workshopId) as ParticipantRemoval[];
  }

  /** Relayed once it would survive a crash of the process; on disk within FLUSH_INTERVAL_MS. */
  async appendUpdates(documentName: string, updates: Uint8Array[]): Promise<number> {
    return this.journal.append(documentName, updates);
  }

  async loadDocument(documentName: string): Promise<StoredDocument> {
    this.journal.checkpoint();
    return this.db.transaction(() => {
      const snapshot = this.db
        .prepare('SELECT data, up_to_seq FROM document_snapshots WHERE document = ?')
        .get(documentName) as { data: Buffer; up_to_seq: number } | undefined;
      const after = snapshot?.up_to_seq ?? 0;
      const rows = this.db
        .prepare('SELECT seq, data FROM document_updates WHERE document = ? AND seq > ? ORDER BY seq')
        .all(documentName, after) as { seq: number; data: Buffer }[];
      return {
        snapshot: snapshot ? new Uint8Array(snapshot.data) : null,
        updates: rows.map((row) => ({ seq: row.seq, data: new Uint8Array(row.data) })),
        lastSeq: rows.at(-1)?.seq ?? after,
      };
    })();
  }

  /**
   * One transaction, so a crash keeps either the log or the snapshot. With updates journaled, it
   * is the checkpoint's transaction (the updates the snapshot covers then never reach the table)
   * and the checkpoint's flush; otherwise it is flushed like the updates it replaces.
   */
  async compact(documentName: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    const replaceLog = () => {
      this.db
        .prepare(
          `INSERT INTO document_snapshots (document, data, up_to_seq) VALUES (?, ?, ?)
           ON CONFLICT (document) DO UPDATE SET data = excluded.data, up_to_seq = excluded.up_to_seq`,
        )
        .run(documentName, snapshot, upToSeq);
      const stored = this.db.prepare('SELECT data FROM document_snapshots WHERE document = ?').get(documentName) as
        | { data: Buffer }
        | undefined;
      if (!stored || !Buffer.from(snapshot).equals(stored.data)) {
        throw new Error(`snapshot of ${documentName} did not read back intact; updates kept`);
      }
      this.db.prepare('DELETE FROM document_updates WHERE document = ? AND seq <= ?').run(documentName, upToSeq);
    };
    if (this.journal.checkpoint({ document: documentName, upToSeq, write: replaceLog })) return;
    this.db.transaction(replaceLog)();
    this.wal.flushSoon();
  }

  async quarantineUpdate(documentName: string, seq: number, reason: string): Promise<void> {
    this.journal.checkpoint();
    await this.durably(() => {
      this.db
        .prepare(
          `INSERT INTO document_quarantine (document, seq, data, reason, quarantined_at)
           SELECT document, seq, data, ?, ? FROM document_updates WHERE document = ? AND seq = ?
           ON CONFLICT DO NOTHING`,
        )
        .run(reason, Date.now(), documentName, seq);
      this.db.prepare('DELETE FROM document_updates WHERE document = ? AND seq = ?').run(documentName, seq);
    });
  }

  async loadControl(workshopId: string): Promise<ControlRecord | null> {
    const row = this.db.prepare('SELECT record FROM workshop_control WHERE workshop_id = ?').get(workshopId) as
      | { record: string }
      | undefined;
    return row ? (JSON.parse(row.record) as ControlRecord) : null;
  }

  async saveControl(workshopId: string, record: ControlRecord, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    return this.durably(() => {
      this.db
        .prepare(
          `INSERT INTO workshop_control (workshop_id, record) VALUES (?, ?)
           ON CONFLICT (workshop_id) DO UPDATE SET record = excluded.record`,
        )
        .run(workshopId, JSON.stringify(record));
      return insertAudit(this.db, workshopId, audit);
    });
  }

  async listAudit(workshopId: string, limit: number): Promise<AuditEntry[]> {
    const rows = this.db
      .prepare('SELECT id, at, actor_role, actor_name, command, detail FROM audit_log WHERE workshop_id = ? ORDER BY id DESC LIMIT ?')
      .all(workshopId, limit) as { id: number; at: number; actor_role: Role; actor_name: string; command: string; detail: string }[];
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorRole: row.actor_role,
      actorName: row.actor_name,
      command: row.command as AuditEntry['command'],
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    }));
  }

  async openVote(vote: StoredVote, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    return this.durably(() => this.votes.openVote(vote, audit));
  }

  async castBallot(ballot: BallotRecord): Promise<CastOutcome> {
    return this.durably(() => this.votes.castBallot(ballot));
  }

  async closeVote(voteId: string, closedAt: number): Promise<BallotRecord[] | null> {
    return this.durably(() => this.votes.closeVote(voteId, closedAt));
  }

  /** Forgotten choices are zeroed in the file (secure_delete), and the WAL's older frames that held them cut away. */
  async recordResult(voteId: string, result: VoteResult, audit: Omit<AuditEntry, 'id'>, forgetChoices: boolean): Promise<AuditEntry> {
    return this.durably(() => this.votes.recordResult(voteId, result, audit, forgetChoices), { truncateWal: forgetChoices });
  }

  async listVotes(workshopId: string): Promise<StoredVote[]> {
    return this.votes.listVotes(workshopId);
  }

  async listBallots(voteId: string): Promise<BallotRecord[]> {
    return this.votes.listBallots(voteId);
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.attendance.listParticipants(workshopId);
  }

  async recordAttendance(workshopId: string, sessionId: string, participantIds: string[], at: number): Promise<void> {
    await this.durably(() => this.attendance.record(workshopId, sessionId, participantIds, at));
  }

  async listAttendance(workshopId: string): Promise<AttendanceRecord[]> {
    return this.attendance.list(workshopId);
  }

  /** Its sections' states take sequence numbers after every update already journaled. */
  async restoreWorkshop(restored: RestoredWorkshop): Promise<void> {
    this.journal.checkpoint();
    await this.durably(() => restoreWorkshop(this.db, restored));
  }

  /**
   * SQLite runs in this process, so it cannot hang the way a server can: what can go wrong is a
   * closed database or a file it cannot read. A read of a real table (unlike `SELECT 1`, which
   * touches no file) opens a read transaction on the file: microseconds from the page cache.
   */
  async ping(): Promise<void> {
    this.readOneRow.get();
  }

  async close(): Promise<void> {
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    await this.journal.close();
    this.db.close();
    await this.wal.close();
    this.releaseDataDir();
  }

  /**
   * Runs a write that only the server holds in one transaction and resolves once it is on disk.
   * The nested transaction of a method that opens its own is a savepoint inside this one.
   */
  private async durably<T>(write: () => T, { truncateWal = false } = {}): Promise<T> {
    const result = this.db.transaction(write)();
    // Before the flush, which then makes the WAL's new length durable too.
    if (truncateWal) this.truncateWal();
    await this.wal.sync();
    return result;
  }

  /**
   * Copies the WAL into the database and cuts it to zero bytes: its frames are old images of
   * pages, and once a secret vote's choices are blanked the older frames still hold them. Runs
   * between transactions (a checkpoint cannot run inside one) and holds the event loop for the
   * copy and its two flushes, once per secret vote; the WAL is usually under the 1000 pages
   * (4 MiB) at which SQLite checkpoints by itself. Best effort: the write has committed, so a
   * failure is logged, not thrown; closing the store removes the WAL in any case.
   */
  private truncateWal(): void {
    try {
      const [outcome] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      // Busy: a reader in another process (a sqlite3 shell) held the WAL past busy_timeout.
      if (outcome?.busy) log.warn('store.wal_not_truncated', { reason: 'busy' });
    } catch (error) {
      log.warn('store.wal_not_truncated', { reason: describeError(error) });
    }
  }

  private insertToken(token: TokenRecord): void {
    this.db
      .prepare(
        `INSERT INTO tokens (hash, workshop_id, role, participant_id)
         VALUES (@hash, @workshopId, @role, @participantId)`,
      )
      .run(token);
  }
}
