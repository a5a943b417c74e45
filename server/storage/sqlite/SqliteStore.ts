/**
 * The embedded store: one SQLite file in DATA_DIR, no set-up, in WAL mode. Every commit survives
 * a crash of the process the moment it returns; WalFlush puts it on disk from the thread pool
 * (see there for when), so it survives a power cut too, and WalCheckpointer copies the WAL into
 * the database from a worker thread: the main thread never waits for a flush. better-sqlite3 is
 * synchronous; the async interface is kept for the PostgreSQL twin.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Accreditation, InvitationEdit, InvitationList } from '../../../shared/accreditation.js';
import type { Layer } from '../../../shared/dialogue.js';
import type { AuditEntry, ControlRecord } from '../../../shared/events.js';
import type { Role } from '../../../shared/roles.js';
import type { Assessment, SubmissionKind } from '../../../shared/tracking.js';
import type { VoteResult } from '../../../shared/votes.js';
import { describeError, log } from '../../logger.js';
import { checkSnapshotCovers } from '../snapshotCheck.js';
import { lockDataDir } from './dataDirLock.js';
import { insertAudit } from './sqliteAudit.js';
import { SqliteAssessments } from './sqliteAssessments.js';
import { SqliteInvitations } from './sqliteInvitations.js';
import { SqliteAttendance } from './sqliteAttendance.js';
import { SqliteEntry } from './sqliteEntry.js';
import { restoreWorkshop } from './sqliteRestore.js';
import type {
  AttendanceRecord,
  InvitationRecord,
  LastSeenRecord,
  BallotRecord,
  CastOutcome,
  OrganisationMerge,
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
import { type TokenRow, tokenRecordOf } from '../tokenRows.js';
import { SQLITE_ADDED_COLUMNS, SQLITE_SCHEMA } from './sqliteSchema.js';
import { keyInvitationsPerWorkshop } from './sqliteUpgrades.js';
import { SqliteVotes } from './sqliteVotes.js';
import { WalCheckpointer } from './WalCheckpointer.js';
import { WalFlush } from './WalFlush.js';

interface WorkshopRow {
  id: string;
  title: string;
  country: string | null;
  starts_on: string | null;
  ends_on: string | null;
  join_code: string;
  created_at: number;
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

/**
 * Versions before issue 16 journaled updates in `convene.journal` and emptied it at each
 * checkpoint; one left with bytes in it holds edits a crash kept from the database. This version
 * no longer reads that journal, so it refuses to start rather than lose them; an empty one is
 * removed.
 */
function refuseUnstoredJournal(dataDir: string): void {
  const journal = path.join(dataDir, 'convene.journal');
  if (!fs.existsSync(journal)) return;
  if (fs.statSync(journal).size > 0) {
    throw new Error(
      `${journal} holds edits that an earlier version of Convene journaled before it stopped and never stored; ` +
        'start that version once (it stores them and empties the file), stop it, then start this one',
    );
  }
  fs.rmSync(journal);
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  /** Prepared once: every connection looks up its token. */
  private readonly selectToken: Database.Statement<[string], TokenRow>;
  /** Prepared once: the health check runs it every few seconds. */
  private readonly readOneRow: Database.Statement<[]>;
  /** Prepared once: every batch of Yjs updates runs it once per update, in one transaction. */
  private readonly insertUpdate: Database.Statement<[string, Uint8Array]>;
  private readonly votes: SqliteVotes;
  private readonly attendance: SqliteAttendance;
  private readonly assessments: SqliteAssessments;
  private readonly invitations: SqliteInvitations;
  private readonly entry: SqliteEntry;
  private readonly flush: WalFlush;
  private readonly checkpointer: WalCheckpointer;
  private closing: Promise<void> | null = null;

  private constructor(
    file: string,
    private readonly releaseDataDir: () => void,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // A commit writes the WAL into the OS and returns: it survives a crash of the process. The
    // flushes are WalFlush's, on the thread pool, and the checkpoints' on their worker thread.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('wal_autocheckpoint = 0');
    // Deleted or overwritten content is zeroed, not left in free space, so a secret vote's blanked
    // choices (and a changed mind's first ballot) cannot be read back from the file. Inserts cost
    // the same; a compaction whose snapshot changed size writes the old one's pages again, as zeros.
    this.db.pragma('secure_delete = ON');
    this.db.pragma('foreign_keys = ON');
    // A write waits only while the checkpointer's connection writes: when it starts the WAL over
    // (once per checkpoint, one small write and a flush) or truncates it after a secret vote.
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SQLITE_SCHEMA);
    for (const { table, column, definition } of SQLITE_ADDED_COLUMNS) {
      const columns = this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
      if (!columns.some((c) => c.name === column)) this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
    }
    keyInvitationsPerWorkshop(this.db);
    this.votes = new SqliteVotes(this.db);
    this.attendance = new SqliteAttendance(this.db);
    this.assessments = new SqliteAssessments(this.db);
    this.invitations = new SqliteInvitations(this.db);
    this.entry = new SqliteEntry(this.db);
    this.selectToken = this.db.prepare(
      `SELECT t.hash, t.workshop_id, t.role, t.participant_id,
              p.name, p.organisation, p.created_at AS participant_created_at, p.layer, p.layer_body,
              a.organisation_id, a.delegate_id, a.admission, a.admitted_at, o.name AS listed_organisation
       FROM tokens t LEFT JOIN participants p ON p.id = t.participant_id
       LEFT JOIN participant_accreditations a ON a.participant_id = t.participant_id
       LEFT JOIN listed_organisations o ON o.workshop_id = a.workshop_id AND o.id = a.organisation_id
       WHERE t.hash = ?`,
    );
    this.readOneRow = this.db.prepare('SELECT 1 FROM workshops LIMIT 1');
    this.insertUpdate = this.db.prepare('INSERT INTO document_updates (document, data) VALUES (?, ?)');
    this.flush = new WalFlush(`${file}-wal`);
    this.checkpointer = new WalCheckpointer(file);
  }

  /** Opens (or creates) `convene.sqlite` in the data folder. Throws DataDirInUse while another process has the folder open. */
  static open(dataDir: string): SqliteStore {
    fs.mkdirSync(dataDir, { recursive: true });
    const release = lockDataDir(dataDir);
    try {
      refuseUnstoredJournal(dataDir);
      return new SqliteStore(path.join(dataDir, 'convene.sqlite'), release);
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

  async addParticipant(participant: ParticipantRecord, token: TokenRecord, accreditation?: Accreditation): Promise<void> {
    const insert = this.db.prepare(
      `INSERT INTO participants (id, workshop_id, name, organisation, created_at, layer, layer_body)
       VALUES (@id, @workshopId, @name, @organisation, @createdAt, @layer, @body)`,
    );
    await this.durably(() => {
      insert.run({ ...participant, layer: participant.layer ?? 'cso', body: participant.body ?? null });
      this.insertToken(token);
      if (accreditation) this.invitations.setAccreditation(participant.workshopId, accreditation);
    });
  }

  async findToken(hash: string): Promise<TokenGrant | null> {
    const row = this.selectToken.get(hash);
    if (!row) return null;
    return tokenRecordOf(row);
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

  async setParticipantLayer(workshopId: string, participantId: string, layer: Layer, body: string | null): Promise<boolean> {
    const update = this.db.prepare('UPDATE participants SET layer = ?, layer_body = ? WHERE id = ? AND workshop_id = ?');
    let changed = false;
    await this.durably(() => {
      changed = update.run(layer, body, participantId, workshopId).changes === 1;
    });
    return changed;
  }

  async listRemovals(workshopId: string): Promise<ParticipantRemoval[]> {
    return this.db
      .prepare('SELECT participant_id AS participantId, removed_at AS removedAt FROM participant_removals WHERE workshop_id = ? ORDER BY removed_at, participant_id')
      .all(workshopId) as ParticipantRemoval[];
  }

  /**
   * One transaction (the room's group commit): when it returns the updates survive a crash of the
   * process, so the room may relay them; on disk within FLUSH_INTERVAL_MS.
   */
  async appendUpdates(documentName: string, updates: Uint8Array[]): Promise<number> {
    const lastSeq = this.db
      .transaction(() => {
        let seq = 0;
        for (const update of updates) seq = Number(this.insertUpdate.run(documentName, update).lastInsertRowid);
        return seq;
      })
      .immediate();
    this.afterCommit();
    return lastSeq;
  }

  async loadDocument(documentName: string): Promise<StoredDocument> {
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
   * One transaction, so a crash keeps either the log or the snapshot; the snapshot is checked
   * against what it replaces first (snapshotCheck.ts). It holds nothing new, so it is put on disk
   * like the updates it replaces.
   */
  async compact(documentName: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    const replaceLog = () => {
      const previous = this.db.prepare('SELECT data, up_to_seq FROM document_snapshots WHERE document = ?').get(documentName) as
        | { data: Buffer; up_to_seq: number }
        | undefined;
      // A snapshot at least as new is stored already (the PostgreSQL store's rule, where instances compact at once).
      if (previous && previous.up_to_seq >= upToSeq) return;
      const updates = this.db
        .prepare('SELECT data FROM document_updates WHERE document = ? AND seq <= ?')
        .pluck()
        .all(documentName, upToSeq) as Buffer[];
      checkSnapshotCovers(documentName, snapshot, previous ? [previous.data, ...updates] : updates);
      this.db
        .prepare(
          `INSERT INTO document_snapshots (document, data, up_to_seq) VALUES (?, ?, ?)
           ON CONFLICT (document) DO UPDATE SET data = excluded.data, up_to_seq = excluded.up_to_seq`,
        )
        .run(documentName, snapshot, upToSeq);
      this.db.prepare('DELETE FROM document_updates WHERE document = ? AND seq <= ?').run(documentName, upToSeq);
    };
    // IMMEDIATE: it reads before it writes, and a deferred transaction that reads while the
    // checkpointer's connection writes could not write after it (SQLITE_BUSY, with no wait).
    this.db.transaction(replaceLog).immediate();
    this.afterCommit();
  }

  async quarantineUpdate(documentName: string, seq: number, reason: string): Promise<void> {
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

  /** One process owns a SQLite file: its in-memory record is never behind, so there is nothing to share. */
  sharedControl(): null {
    return null;
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
  async recordResult(voteId: string, result: VoteResult, audit: Omit<AuditEntry, 'id'>, forgetChoices: boolean): Promise<AuditEntry | null> {
    return this.durably(() => this.votes.recordResult(voteId, result, audit, forgetChoices), { truncateWal: forgetChoices });
  }

  async listVotes(workshopId: string): Promise<StoredVote[]> {
    return this.votes.listVotes(workshopId);
  }

  async listBallots(voteId: string): Promise<BallotRecord[]> {
    return this.votes.listBallots(voteId);
  }

  async loadInvitationList(workshopId: string): Promise<InvitationList> {
    return this.invitations.load(workshopId);
  }

  async editInvitationList(workshopId: string, edit: InvitationEdit): Promise<InvitationList> {
    return this.durably(() => this.invitations.edit(workshopId, edit));
  }

  async mergeOrganisations(workshopId: string, fromId: string, intoId: string): Promise<OrganisationMerge | null> {
    return this.durably(() => this.invitations.merge(workshopId, fromId, intoId));
  }

  async setAccreditation(workshopId: string, accreditation: Accreditation): Promise<boolean> {
    return this.durably(() => this.invitations.setAccreditation(workshopId, accreditation));
  }

  async listAccreditations(workshopId: string): Promise<Accreditation[]> {
    return this.invitations.list(workshopId);
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.attendance.listParticipants(workshopId);
  }

  async writeInvitations(workshopId: string, change: { issue: InvitationRecord[]; revoke: string[] }, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    return this.durably(() => {
      this.entry.writeInvitations(workshopId, change);
      return insertAudit(this.db, workshopId, audit);
    });
  }

  async findInvitation(hash: string): Promise<InvitationRecord | null> {
    return this.entry.findInvitation(hash);
  }

  async listInvitations(workshopId: string): Promise<InvitationRecord[]> {
    return this.entry.listInvitations(workshopId);
  }

  async addToken(token: TokenRecord): Promise<void> {
    await this.durably(() => this.insertToken(token));
  }

  async countTokens(workshopId: string, participantId: string): Promise<number> {
    return this.entry.countTokens(workshopId, participantId);
  }

  async recordLastSeen(workshopId: string, participantIds: string[], at: number): Promise<void> {
    await this.durably(() => this.entry.recordLastSeen(workshopId, participantIds, at));
  }

  async listLastSeen(workshopId: string): Promise<LastSeenRecord[]> {
    return this.entry.listLastSeen(workshopId);
  }

  async recordAttendance(workshopId: string, sessionId: string, participantIds: string[], at: number): Promise<void> {
    await this.durably(() => this.attendance.record(workshopId, sessionId, participantIds, at));
  }

  async listAttendance(workshopId: string): Promise<AttendanceRecord[]> {
    return this.attendance.list(workshopId);
  }

  async addAssessment(assessment: Assessment): Promise<void> {
    await this.durably(() => this.assessments.add(assessment));
  }

  async listAssessments(workshopId: string): Promise<Assessment[]> {
    return this.assessments.list(workshopId);
  }

  async loadSubmissionKind(workshopId: string): Promise<SubmissionKind> {
    return this.assessments.submission(workshopId);
  }

  async setSubmissionKind(workshopId: string, submission: SubmissionKind): Promise<boolean> {
    let stored = false;
    await this.durably(() => {
      stored = this.assessments.setSubmission(workshopId, submission);
    });
    return stored;
  }

  async restoreWorkshop(restored: RestoredWorkshop): Promise<void> {
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

  /** The worker's connection closes last: it checkpoints what is left and removes the WAL. */
  private async closeOnce(): Promise<void> {
    await this.checkpointer.drain();
    await this.flush.close();
    this.db.close();
    await this.checkpointer.close();
    this.releaseDataDir();
  }

  /**
   * Runs a write that only the server holds in one transaction and resolves once it is on disk.
   * The nested transaction of a method that opens its own is a savepoint inside this one.
   */
  private async durably<T>(write: () => T, { truncateWal = false } = {}): Promise<T> {
    const result = this.db.transaction(write).immediate();
    this.checkpointer.checkpointSoon();
    if (truncateWal) await this.truncateWal();
    else await this.flush.sync();
    return result;
  }

  /** Yjs updates and compactions: the server relays them now and puts them on disk soon after. */
  private afterCommit(): void {
    this.flush.flushSoon();
    this.checkpointer.checkpointSoon();
  }

  /**
   * Copies the WAL into the database and cuts it to zero bytes: its frames are old images of
   * pages, and once a secret vote's choices are blanked the older frames still hold them. On the
   * checkpointer's thread; a write here waits for it meanwhile (milliseconds, once per secret
   * vote). Best effort: the write has committed, so a failure is logged and the write is put on
   * disk the ordinary way; closing the store removes the WAL in any case.
   */
  private async truncateWal(): Promise<void> {
    try {
      if (await this.checkpointer.truncate()) return;
      // Busy: a reader in another process (a sqlite3 shell) held the WAL past busy_timeout.
      log.warn('store.wal_not_truncated', { reason: 'busy' });
    } catch (error) {
      log.warn('store.wal_not_truncated', { reason: describeError(error) });
    }
    await this.flush.sync();
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
