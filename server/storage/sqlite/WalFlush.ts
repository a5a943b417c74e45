/**
 * Flushes SQLite's WAL file to disk on the thread pool (`fs.fdatasync`), so the main thread
 * never waits for it. A commit with `synchronous = NORMAL` writes its frames into the OS and
 * returns: it survives a crash of the process at once; once this flush has run, a power cut too.
 * One flush covers every commit before it: the WAL is one file, and WAL recovery on the next
 * open replays every whole commit it finds there.
 *
 * - flushSoon(), after Yjs updates are committed and relayed: one flush after this turn, or, when
 *   the last flush began less than FLUSH_INTERVAL_MS ago, once that interval is up. A power cut
 *   before it can lose edits that were relayed; the clients that received them still hold them
 *   and send them back when they reconnect (Yjs sync sends the server whatever it lacks).
 * - sync(), for what only the server holds (ballots, tokens, the agenda): resolves once every
 *   commit made before the call is on disk. Calls made while a flush runs share the next one.
 *
 * The file is opened for writing only because Windows flushes no file opened read-only. macOS
 * flushes to the drive, not through its cache (Node has no F_FULLFSYNC); the checkpoints do that.
 */
import fs from 'node:fs';
import { describeError, log } from '../../logger.js';

/** Relayed Yjs updates reach the disk within this long (plus the flush itself): at 100 edits/s, one flush per ten edits. */
export const FLUSH_INTERVAL_MS = 100;

export class WalFlush {
  private fd: number | null = null;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  private lastFlushAt = -Infinity;
  /** The flush on the thread pool now, and the one that waits for it (shared by later callers). */
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  /** @param walFile SQLite's WAL; it must exist by the first flush (any commit creates it). */
  constructor(private readonly walFile: string) {}

  /** Schedules one flush for every commit made until it runs (see the class comment). */
  flushSoon(): void {
    if (this.timer || this.closed) return;
    const wait = Math.max(0, this.lastFlushAt + FLUSH_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sync().catch((error: unknown) => log.error('store.wal_flush_failed', { error: describeError(error) }));
    }, wait);
  }

  /** Resolves once everything committed before the call is on disk. */
  sync(): Promise<void> {
    if (!this.running) return this.start();
    // The running flush may have begun before this commit: wait for the next one.
    this.queued ??= this.running.catch(() => undefined).then(() => {
      this.queued = null;
      return this.start();
    });
    return this.queued;
  }

  /** Call after the database is closed (its last connection removes the WAL); waits for a flush in progress. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await (this.queued ?? this.running)?.catch(() => undefined);
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  private start(): Promise<void> {
    const running = new Promise<void>((resolve, reject) => {
      // Opened on the first flush; SQLite keeps the file, and its inode, while the database is open.
      this.fd ??= fs.openSync(this.walFile, 'r+');
      this.lastFlushAt = performance.now();
      fs.fdatasync(this.fd, (error) => (error ? reject(error) : resolve()));
    });
    this.running = running;
    void running.catch(() => undefined).then(() => {
      if (this.running === running) this.running = null;
    });
    return running;
  }
}
