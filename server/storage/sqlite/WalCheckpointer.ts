/**
 * Puts SQLite's WAL on disk from a worker thread, so the main thread never waits for a flush.
 *
 * The main connection commits with `synchronous = NORMAL` and never checkpoints
 * (`wal_autocheckpoint = 0`): a commit is a write into the OS, so it survives a crash of the
 * process (a `kill -9`) the moment it returns, but not yet a power cut. The worker's own
 * connection (walCheckpointWorker.mjs) checkpoints: it flushes the WAL, copies it into the
 * database and flushes that. Once a checkpoint that began after a commit has copied every frame,
 * the commit survives a power cut too.
 *
 * - checkpointSoon(), after Yjs updates are committed and relayed: one checkpoint within
 *   CHECKPOINT_INTERVAL_MS. A power cut before it can lose edits that were relayed; the clients
 *   that received them still hold them and send them back when they reconnect.
 * - sync(), for what only the server holds (ballots, tokens, the agenda): resolves once every
 *   commit made before the call is on disk. Calls made while a checkpoint runs share the next one.
 * - truncate(), after a secret vote's choices are blanked: the WAL's frames are old images of
 *   pages, so they are copied and the file is cut to zero bytes.
 */
import { Worker } from 'node:worker_threads';
import { describeError, log } from '../../logger.js';

/**
 * Committed Yjs updates reach the disk within this long (plus the checkpoint itself). A
 * checkpoint costs two or three flushes on the worker; at 100 edits/s, one per 20 edits.
 */
export const CHECKPOINT_INTERVAL_MS = 200;
/** A checkpoint that could not copy every frame (a reader held some) is tried again after this. */
const RETRY_MS = 10;

type Mode = 'PASSIVE' | 'TRUNCATE' | 'CLOSE';
type Reply = { id: number; complete: boolean } | { id: number; error: string };

export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (complete: boolean) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;
  /** The checkpoint running now, and the one that waits for it (shared by later callers). */
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastStartedAt = -Infinity;
  private closed = false;

  /** @param databaseFile the database in WAL mode; the main connection has opened it already. */
  constructor(databaseFile: string) {
    this.worker = new Worker(new URL('./walCheckpointWorker.mjs', import.meta.url), { workerData: { file: databaseFile } });
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the WAL checkpointer exited (${code})`)));
  }

  /** Schedules one checkpoint for every commit made until it runs (see the class comment). */
  checkpointSoon(): void {
    if (this.timer || this.closed) return;
    const wait = Math.max(0, this.lastStartedAt + CHECKPOINT_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.sync().catch((error: unknown) => log.error('store.checkpoint_failed', { error: describeError(error) }));
    }, wait);
  }

  /** Resolves once every commit made before the call is on disk. */
  sync(): Promise<void> {
    if (!this.running) return this.start('PASSIVE');
    // The running checkpoint may have begun before this commit: wait for the next one.
    this.queued ??= this.running.catch(() => undefined).then(() => {
      this.queued = null;
      return this.start('PASSIVE');
    });
    return this.queued;
  }

  /**
   * Copies the WAL into the database and cuts it to zero bytes, waiting for the main thread's
   * transactions. False when a reader in another process (a sqlite3 shell) held it past busy_timeout.
   */
  async truncate(): Promise<boolean> {
    await (this.queued ?? this.running)?.catch(() => undefined);
    return this.ask('TRUNCATE');
  }

  /**
   * Waits for the checkpoint in progress; call before the main connection closes. Then close()
   * ends the worker, whose connection, closed last, checkpoints one last time and removes the WAL.
   */
  async drain(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await (this.queued ?? this.running)?.catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.drain();
    if (!this.failure) await this.ask('CLOSE');
    this.failure ??= new Error('the WAL checkpointer is closed');
    await this.worker.terminate();
  }

  private start(mode: 'PASSIVE'): Promise<void> {
    this.lastStartedAt = performance.now();
    const running = this.untilComplete(mode);
    this.running = running;
    void running.catch(() => undefined).then(() => {
      if (this.running === running) this.running = null;
    });
    return running;
  }

  /** A reader in the middle of a transaction can hold frames back from one checkpoint, never for long. */
  private async untilComplete(mode: 'PASSIVE'): Promise<void> {
    for (let attempt = 1; !(await this.ask(mode)); attempt++) {
      if (attempt === 100) log.warn('store.checkpoint_held', { attempts: attempt, reason: 'a reader holds the WAL' });
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }

  private ask(mode: Mode): Promise<boolean> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, mode });
    });
  }

  private settle(reply: Reply): void {
    const waiter = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if ('error' in reply) waiter?.reject(new Error(reply.error));
    else waiter?.resolve(reply.complete);
  }

  /** The worker died: every waiting and later call rejects, so no write is reported on disk. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(this.failure);
    this.waiting.clear();
  }
}
