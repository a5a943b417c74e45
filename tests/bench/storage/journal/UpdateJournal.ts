/**
 * Where the embedded store keeps Yjs updates first: an append-only file beside the database.
 *
 * Storing an update before its relay is on the path of every keystroke. A SQLite commit costs a
 * dozen system calls (locks, WAL frames for the table, its index and the sequence); appending a
 * record here costs one `write`. So updates are appended here, relayed, flushed to disk by a
 * WalSync within FLUSH_INTERVAL_MS, and moved into SQLite in bulk by a checkpoint: every five
 * seconds while updates are pending, and before anything reads or rewrites the stored updates (a
 * load, a compaction, a restore, closing). A checkpoint commits the rows, flushes SQLite's WAL, and only then empties
 * this file. After a crash, opening the store moves what the file holds into SQLite the same way.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { describeError, log } from '../../../../server/logger.js';
import { encodeJournalRecord, readJournal } from './journalRecords.js';
import { WalSync } from './walSync.js';

/**
 * Pending updates are moved into SQLite at least this often… (a checkpoint holds the event loop
 * for its transaction and a flush of the WAL, a few milliseconds: rarely enough to stay out of p99)
 */
export const CHECKPOINT_INTERVAL_MS = 5000;
/** …and as soon as this many are pending, so the file and the memory it costs stay small. */
export const CHECKPOINT_ROWS = 2000;

/** A compaction of one document, done inside a checkpoint (see checkpoint()). */
export interface CompactionInCheckpoint {
  document: string;
  /** The snapshot covers the document's updates up to this sequence number. */
  upToSeq: number;
  /** Writes the snapshot and deletes the stored updates it covers. */
  write: () => void;
}

interface PendingRow {
  seq: number;
  document: string;
  data: Uint8Array;
}

export class UpdateJournal {
  private readonly fd: number;
  private readonly flusher: WalSync;
  private readonly insertRow: Database.Statement<[number, string, Uint8Array]>;
  private readonly selectLastSeq: Database.Statement<[]>;
  private pending: PendingRow[] = [];
  /** The last sequence number handed out; read from SQLite after each checkpoint. */
  private lastSeq: number | null = null;
  /** Bytes of whole records in the file: a failed append is cut back to this. */
  private size = 0;
  private checkpointTimer: NodeJS.Timeout | null = null;
  private checkpointNow: NodeJS.Immediate | null = null;
  /** The last checkpoint in the background failed; the next waits for its timer. */
  private retrying = false;
  private closed = false;

  /**
   * Opens (or creates) the journal and first moves whatever a crash left in it into SQLite.
   * @param databaseWal flushes the database's WAL: a checkpoint empties this file only after.
   */
  constructor(
    private readonly file: string,
    private readonly db: Database.Database,
    private readonly databaseWal: WalSync,
  ) {
    this.insertRow = db.prepare('INSERT OR IGNORE INTO document_updates (seq, document, data) VALUES (?, ?, ?)');
    this.selectLastSeq = db.prepare(
      `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'document_updates'), 0),
                  coalesce((SELECT max(up_to_seq) FROM document_snapshots), 0)) AS seq`,
    );
    this.fd = fs.openSync(file, 'a');
    this.flusher = new WalSync(file);
    this.recover();
  }

  /** Updates journaled and not yet moved into SQLite. */
  get pendingUpdates(): number {
    return this.pending.length;
  }

  /**
   * Appends one document's updates as one record and returns the sequence number of the last.
   * When this returns the record is in the OS, so it survives a crash of the process; it is on
   * disk within FLUSH_INTERVAL_MS.
   */
  append(document: string, updates: Uint8Array[]): number {
    if (this.closed) throw new Error('the update journal is closed');
    const firstSeq = this.nextSeq();
    this.appendRecord(encodeJournalRecord({ firstSeq, document, updates }));
    updates.forEach((data, i) => this.pending.push({ seq: firstSeq + i, document, data }));
    this.lastSeq = firstSeq + updates.length - 1;
    this.flusher.flushSoon();
    this.scheduleCheckpoint();
    return this.lastSeq;
  }

  /**
   * Moves every pending update into SQLite: one transaction, a flush of the database's WAL, then
   * the file is emptied. Throws, keeping both, if either step fails. A compaction given here is
   * written in the same transaction, and the pending updates its snapshot covers are not
   * inserted only to be deleted. Returns false, having done nothing, when nothing was pending.
   */
  checkpoint(compaction?: CompactionInCheckpoint): boolean {
    this.cancelCheckpoint();
    if (this.pending.length === 0) return false;
    const rows = this.pending;
    const covered = (row: PendingRow) => row.document === compaction?.document && row.seq <= compaction.upToSeq;
    this.db.transaction(() => {
      for (const row of rows) if (!covered(row)) this.insertRow.run(row.seq, row.document, row.data);
      compaction?.write();
    })();
    // SQLite numbers what others insert (a restore) after these; the next append asks it again.
    this.lastSeq = null;
    this.databaseWal.flushNowOrThrow();
    fs.ftruncateSync(this.fd, 0);
    this.size = 0;
    this.pending = [];
    this.flusher.cancelFlush();
    return true;
  }

  /** Checkpoints and closes the file; call before the database closes. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.checkpoint();
    this.closed = true;
    await this.flusher.close();
    fs.closeSync(this.fd);
  }

  private nextSeq(): number {
    this.lastSeq ??= (this.selectLastSeq.get() as { seq: number }).seq;
    return this.lastSeq + 1;
  }

  /**
   * A record goes whole or not at all: write(2) may write part of it (a full disk), and a torn
   * record in the middle would end what recovery can read, hiding every record after it.
   */
  private appendRecord(record: Buffer): void {
    try {
      let written = 0;
      while (written < record.byteLength) written += fs.writeSync(this.fd, record, written);
    } catch (error) {
      fs.ftruncateSync(this.fd, this.size);
      throw error;
    }
    this.size += record.byteLength;
  }

  private scheduleCheckpoint(): void {
    // After a failure the retry waits its interval: a failing disk is not retried on every edit.
    if (this.pending.length >= CHECKPOINT_ROWS && !this.retrying) {
      this.checkpointNow ??= setImmediate(() => this.checkpointInBackground());
      return;
    }
    this.checkpointTimer ??= setTimeout(() => this.checkpointInBackground(), CHECKPOINT_INTERVAL_MS).unref();
  }

  /** A failed checkpoint loses nothing (the file keeps the updates); it is tried again later. */
  private checkpointInBackground(): void {
    this.cancelCheckpoint();
    try {
      this.checkpoint();
      this.retrying = false;
    } catch (error) {
      log.error('store.checkpoint_failed', { pending: this.pending.length, error: describeError(error) });
      this.retrying = true;
      this.checkpointTimer = setTimeout(() => this.checkpointInBackground(), CHECKPOINT_INTERVAL_MS).unref();
    }
  }

  private cancelCheckpoint(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    if (this.checkpointNow) clearImmediate(this.checkpointNow);
    this.checkpointTimer = null;
    this.checkpointNow = null;
  }

  /**
   * Moves what a crash left in the file into SQLite. Updates a compaction already covers are
   * skipped, and rows already moved are ignored, so recovering twice changes nothing. A damaged
   * or torn record ends the readable part: the file is kept aside for inspection, and the edits
   * after it, relayed but never flushed, come back from the clients that hold them.
   */
  private recover(): void {
    const bytes = fs.readFileSync(this.file);
    if (bytes.byteLength === 0) return;
    const contents = readJournal(bytes);
    const coveredUpTo = this.db.prepare('SELECT up_to_seq FROM document_snapshots WHERE document = ?');
    for (const record of contents.records) {
      const covered = (coveredUpTo.get(record.document) as { up_to_seq: number } | undefined)?.up_to_seq ?? 0;
      record.updates.forEach((data, i) => {
        const seq = record.firstSeq + i;
        if (seq > covered) this.pending.push({ seq, document: record.document, data });
      });
    }
    if (contents.problem) {
      const keptAs = `${this.file}.damaged-${Date.now()}`;
      fs.copyFileSync(this.file, keptAs);
      log.error('store.journal_damaged', { problem: contents.problem, validBytes: contents.validBytes, bytes: bytes.byteLength, keptAs });
    }
    const rows = this.pending.length;
    // Rows moved here are on disk before the file is emptied, as in every checkpoint.
    if (rows > 0) this.checkpoint();
    else fs.ftruncateSync(this.fd, 0);
    log.info('store.journal_recovered', { records: contents.records.length, rows });
  }
}
