/**
 * Checkpoints SQLite's WAL from a worker thread, so the main thread never does. The main
 * connection never checkpoints (`wal_autocheckpoint = 0`); the worker's own connection
 * (walCheckpointWorker.mjs) flushes the WAL, copies it into the database, flushes that, and
 * starts the WAL over, every CHECKPOINT_INTERVAL_MS while commits are pending, so the WAL stays
 * small. (Durability comes first from WalFlush; a checkpoint only moves what is already durable.)
 *
 * - checkpointSoon(), after any commit: one checkpoint within CHECKPOINT_INTERVAL_MS.
 * - truncate(), after a secret vote's choices are blanked: the WAL's frames are old images of
 *   pages, so they are copied and the file is cut to zero bytes.
 */
import { Worker } from 'node:worker_threads';
import { describeError, log } from '../../logger.js';

/** The WAL is copied into the database at least this often while commits are pending. */
export const CHECKPOINT_INTERVAL_MS = 5000;
/** A checkpoint that could not copy every frame (a reader held some) is tried again after this. */
const RETRY_MS = 10;

type Mode = 'PASSIVE' | 'TRUNCATE' | 'CLOSE';
type Reply = { id: number; complete: boolean } | { id: number; error: string };

export class WalCheckpointer {
  /** Started by the first checkpoint: a store that closes sooner (a test, a restore) costs no thread. */
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (complete: boolean) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;
  /** The checkpoint running now, and the one that waits for it (shared by later callers). */
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** The first checkpoint comes one interval after opening, like every later one. */
  private lastStartedAt = performance.now();
  private closed = false;

  /** @param databaseFile the database in WAL mode; the main connection has opened it already. */
  constructor(private readonly databaseFile: string) {}

  /** Schedules one checkpoint for every commit made until it runs (see the class comment). */
  checkpointSoon(): void {
    if (this.timer || this.closed) return;
    const wait = Math.max(0, this.lastStartedAt + CHECKPOINT_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.checkpoint().catch((error: unknown) => log.error('store.checkpoint_failed', { error: describeError(error) }));
    }, wait);
  }

  /** Resolves once a checkpoint begun after the call has copied every commit made before it. */
  checkpoint(): Promise<void> {
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

  /** Without a worker, the main connection closes last and runs that last checkpoint itself. */
  async close(): Promise<void> {
    await this.drain();
    if (!this.worker) return;
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
    const worker = this.startedWorker();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, mode });
    });
  }

  private startedWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./walCheckpointWorker.mjs', import.meta.url), { workerData: { file: this.databaseFile } });
    worker.on('message', (reply: Reply) => this.settle(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the WAL checkpointer exited (${code})`)));
    this.worker = worker;
    return worker;
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
