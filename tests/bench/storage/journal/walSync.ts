/**
 * Flushes a write-ahead log to disk ourselves (the update journal, or SQLite's WAL), so that
 * the event loop decides when it waits for the disk, and mostly never does.
 *
 * Writes reach the OS first (a journal append; a SQLite commit with synchronous=NORMAL), so
 * they survive a crash of the process at once. With synchronous=FULL every commit also waited
 * for the disk's flush, on the main thread, before anything could be relayed: the difference in
 * p99 against a server that stores nothing (BENCHMARKS.md). This class adds the flush back, on
 * the thread pool, so no edit waits for the disk:
 *
 * - flushSoon(), for Yjs updates (see UpdateJournal): a flush after this turn has relayed what
 *   it stored: on the next turn, or, when the last flush began less than FLUSH_INTERVAL_MS ago,
 *   once that interval is up. The interval bounds the CPU of flushing under load (a flush costs
 *   more CPU than an append, and a hand-off to the thread pool per edit cost 12–20 % more CPU per
 *   delivery; one per 100 ms costs nothing measurable). A power cut before the flush can lose
 *   edits that were relayed; the clients that received them still hold them (in memory and in
 *   IndexedDB) and send them back when they reconnect, because Yjs sync sends the server
 *   whatever it lacks.
 * - sync(), for everything only the server holds (ballots, tokens, the agenda): resolves once
 *   the write is on disk. Calls made while a flush runs share the next one, so a burst of 150
 *   ballots costs a few flushes, not 150.
 * - flushNowOrThrow(), for checkpoints, which must know the flush happened before they go on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeError, log } from '../../../../server/logger.js';

/**
 * Relayed Yjs updates reach the disk within this long (plus the flush itself): the journal
 * commit interval MongoDB uses by default; at 100 edits/s, one flush per ten edits.
 */
export const FLUSH_INTERVAL_MS = 100;

export class WalSync {
  private fd: number | null = null;
  private closed = false;
  private flushTimer: { kind: 'timeout'; handle: NodeJS.Timeout } | { kind: 'immediate'; handle: NodeJS.Immediate } | null = null;
  private lastFlushAt = -Infinity;
  /** The flush on the thread pool now, and the one that waits for it (shared by later callers). */
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  /** @param walFile the log to flush; it must exist by the first flush. */
  constructor(private readonly walFile: string) {}

  /** Schedules one flush for every commit made until it runs (see the class comment). */
  flushSoon(): void {
    if (this.flushTimer || this.closed) return;
    const wait = this.lastFlushAt + FLUSH_INTERVAL_MS - performance.now();
    this.flushTimer =
      wait > 0
        ? { kind: 'timeout', handle: setTimeout(() => this.flushInBackground(), wait) }
        : { kind: 'immediate', handle: setImmediate(() => this.flushInBackground()) };
  }

  /** Resolves once everything written to the WAL before the call is on disk. */
  sync(): Promise<void> {
    if (!this.running) return this.start();
    // The running flush may have begun before this write: wait for the next one.
    this.queued ??= this.running.catch(() => undefined).then(() => {
      this.queued = null;
      return this.start();
    });
    return this.queued;
  }

  /**
   * Call after the log's last write (for SQLite's WAL: after the database is closed, which
   * checkpoints the WAL into the database, synced). Waits for a flush in progress, so its
   * descriptor is not closed under it.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.cancelFlush();
    await (this.queued ?? this.running)?.catch(() => undefined);
    if (this.fd === null) return;
    fs.closeSync(this.fd);
    this.fd = null;
  }

  /** Flushes now, on this thread, and throws if the disk refuses; a scheduled flush is covered by it. */
  flushNowOrThrow(): void {
    this.cancelFlush();
    fs.fdatasyncSync(this.descriptor());
    this.lastFlushAt = performance.now();
  }

  private flushInBackground(): void {
    this.flushTimer = null;
    this.sync().catch((error: unknown) => {
      log.error('store.wal_flush_failed', { file: path.basename(this.walFile), error: describeError(error) });
    });
  }

  /** Drops a scheduled flush: what it would have flushed is on disk by other means (a checkpoint). */
  cancelFlush(): void {
    if (this.flushTimer?.kind === 'timeout') clearTimeout(this.flushTimer.handle);
    if (this.flushTimer?.kind === 'immediate') clearImmediate(this.flushTimer.handle);
    this.flushTimer = null;
  }

  private start(): Promise<void> {
    const running = new Promise<void>((resolve, reject) => {
      const fd = this.descriptor();
      // Taken after the first open of the file, which a loaded machine can make slow.
      this.lastFlushAt = performance.now();
      fs.fdatasync(fd, (error) => (error ? reject(error) : resolve()));
    });
    this.running = running;
    void running.catch(() => undefined).then(() => {
      if (this.running === running) this.running = null;
    });
    return running;
  }

  /**
   * The WAL's descriptor, opened on the first flush (the first write created the file). SQLite
   * keeps the file, and its inode, while the database is open. The folder is synced once too,
   * as SQLite does for a new WAL, so the file's name survives a power cut as well as its content.
   */
  private descriptor(): number {
    if (this.fd !== null) return this.fd;
    const fd = fs.openSync(this.walFile, 'r');
    const folder = fs.openSync(path.dirname(this.walFile), 'r');
    try {
      fs.fsyncSync(folder);
    } finally {
      fs.closeSync(folder);
    }
    this.fd = fd;
    return fd;
  }
}
