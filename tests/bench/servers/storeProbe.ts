/**
 * Counts and times what our server writes, by wrapping the SqliteStore, WalFlush and
 * WalCheckpointer prototypes in the bench child only (server/ is untouched). Appends are
 * synchronous transactions, so their wall time is time the event loop was blocked; flushes run
 * on the thread pool and checkpoints on the checkpointer's worker thread.
 */
import { SqliteStore } from '../../../server/storage/sqlite/SqliteStore.js';
import { WalCheckpointer } from '../../../server/storage/sqlite/WalCheckpointer.js';
import { WalFlush } from '../../../server/storage/sqlite/WalFlush.js';
import type { StoreStats } from '../protocol.js';

/** Installs the probe once and returns a reader of its counters. */
export function installStoreProbe(): () => StoreStats {
  const stats: StoreStats = {
    appendCalls: 0,
    updatesStored: 0,
    emptyUpdatesStored: 0,
    bytesStored: 0,
    appendMs: 0,
    maxAppendMs: 0,
    flushCalls: 0,
    flushMs: 0,
    maxFlushMs: 0,
    checkpointCalls: 0,
    checkpointMs: 0,
    checkpointCpuMicros: 0,
    maxCheckpointMs: 0,
    compactCalls: 0,
    compactMs: 0,
    maxCompactMs: 0,
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped, and called with the store as `this`
  const append = SqliteStore.prototype.appendUpdates;
  // Timed by the clock alone, with no wrapper of its own to await: this runs on every edit, and
  // two getrusage calls and a promise per edit cost about 1 % of the CPU being measured. The
  // append is a commit into the page cache that does not flush, so its wall time is its CPU time.
  SqliteStore.prototype.appendUpdates = function (this: SqliteStore, name: string, updates: Uint8Array[]) {
    const started = performance.now();
    // The commit happens before the promise is returned.
    const stored = append.call(this, name, updates);
    const ms = performance.now() - started;
    stats.appendCalls += 1;
    stats.appendMs += ms;
    stats.maxAppendMs = Math.max(stats.maxAppendMs, ms);
    for (const update of updates) {
      stats.updatesStored += 1;
      stats.bytesStored += update.byteLength;
      // [0, 0]: no structs, no deletions — what a fresh stock client answers to sync step 1.
      if (update.byteLength === 2 && update[0] === 0 && update[1] === 0) stats.emptyUpdatesStored += 1;
    }
    return stored;
  };
  // Flushes run on the thread pool and checkpoints on a worker thread: their wall time is
  // counted, their CPU (other threads', in the process total) cannot be told apart per call.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with the original `this`
  const flush = WalFlush.prototype.sync;
  WalFlush.prototype.sync = async function (this: WalFlush) {
    const started = performance.now();
    try {
      return await flush.call(this);
    } finally {
      const ms = performance.now() - started;
      stats.flushCalls += 1;
      stats.flushMs += ms;
      stats.maxFlushMs = Math.max(stats.maxFlushMs, ms);
    }
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with the original `this`
  const checkpoint = WalCheckpointer.prototype.checkpoint;
  WalCheckpointer.prototype.checkpoint = async function (this: WalCheckpointer) {
    const started = performance.now();
    try {
      return await checkpoint.call(this);
    } finally {
      const ms = performance.now() - started;
      stats.checkpointCalls += 1;
      stats.checkpointMs += ms;
      stats.maxCheckpointMs = Math.max(stats.maxCheckpointMs, ms);
    }
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with the original `this`
  const compact = SqliteStore.prototype.compact;
  SqliteStore.prototype.compact = async function (this: SqliteStore, name: string, snapshot: Uint8Array, upToSeq: number) {
    const started = performance.now();
    try {
      return await compact.call(this, name, snapshot, upToSeq);
    } finally {
      const ms = performance.now() - started;
      stats.compactCalls += 1;
      stats.compactMs += ms;
      stats.maxCompactMs = Math.max(stats.maxCompactMs, ms);
    }
  };
  return () => ({ ...stats });
}
