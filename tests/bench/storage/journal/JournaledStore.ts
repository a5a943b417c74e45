/**
 * The update journal as the SQLite store had it until issue 16, kept here only so that
 * `npm run bench:storage` can pair it with plain WAL in one run. Yjs updates go through the
 * journal (UpdateJournal.ts, journalRecords.ts and walSync.ts are the removed files as they were:
 * an append per batch, a flush on the thread pool at most every 100 ms, a checkpoint into SQLite
 * every 5 s with its WAL flushed on the main thread, a compaction written in that checkpoint);
 * everything else is the real SqliteStore's. The journal's connection is a second one on the
 * same file, with SQLite's defaults as the old store had them (`synchronous = NORMAL`, automatic
 * checkpoints on this thread).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkSnapshotCovers } from '../../../../server/storage/snapshotCheck.js';
import { SqliteStore } from '../../../../server/storage/sqlite/SqliteStore.js';
import type { Store, StoredDocument } from '../../../../server/storage/Store.js';
import { UpdateJournal } from './UpdateJournal.js';
import { WalSync } from './walSync.js';

/** A SqliteStore whose Yjs updates go through the update journal. */
export class JournaledStore {
  private constructor(
    private readonly inner: SqliteStore,
    private readonly db: Database.Database,
    private readonly wal: WalSync,
    private readonly journal: UpdateJournal,
  ) {}

  /** Opens the real store on `dataDir` with `openPlain`, then the journal beside it. */
  static open(dataDir: string, openPlain: (dataDir: string) => SqliteStore): Store {
    const inner = openPlain(dataDir);
    const file = path.join(dataDir, 'convene.sqlite');
    const db = new Database(file);
    db.pragma('synchronous = NORMAL');
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    const wal = new WalSync(`${file}-wal`);
    const journal = new UpdateJournal(path.join(dataDir, 'convene.journal'), db, wal);
    const journaled = new JournaledStore(inner, db, wal, journal);
    // Every other method is the real store's; these four go through the journal.
    return new Proxy(inner, {
      get(target, property, receiver) {
        if (property === 'appendUpdates' || property === 'loadDocument' || property === 'compact' || property === 'close') {
          return journaled[property].bind(journaled);
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  async appendUpdates(documentName: string, updates: Uint8Array[]): Promise<number> {
    return this.journal.append(documentName, updates);
  }

  async loadDocument(documentName: string): Promise<StoredDocument> {
    this.journal.checkpoint();
    return this.inner.loadDocument(documentName);
  }

  async compact(documentName: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    const replaceLog = () => {
      const previous = this.db.prepare('SELECT data FROM document_snapshots WHERE document = ?').pluck().get(documentName) as Buffer | undefined;
      const updates = this.db.prepare('SELECT data FROM document_updates WHERE document = ? AND seq <= ?').pluck().all(documentName, upToSeq) as Buffer[];
      checkSnapshotCovers(documentName, snapshot, previous ? [previous, ...updates] : updates);
      this.db
        .prepare(
          `INSERT INTO document_snapshots (document, data, up_to_seq) VALUES (?, ?, ?)
           ON CONFLICT (document) DO UPDATE SET data = excluded.data, up_to_seq = excluded.up_to_seq`,
        )
        .run(documentName, snapshot, upToSeq);
      this.db.prepare('DELETE FROM document_updates WHERE document = ? AND seq <= ?').run(documentName, upToSeq);
    };
    if (this.journal.checkpoint({ document: documentName, upToSeq, write: replaceLog })) return;
    this.db.transaction(replaceLog)();
    this.wal.flushSoon();
  }

  async close(): Promise<void> {
    await this.journal.close();
    this.db.close();
    await this.wal.close();
    await this.inner.close();
  }
}
