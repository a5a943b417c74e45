/**
 * Counts and times what our server writes, by wrapping the SqliteStore prototype and
 * fs.fdatasyncSync in the bench child only (server/ is untouched). better-sqlite3 and the WAL
 * flush are synchronous, so their wall time is time the event loop was blocked.
 */
import fs from 'node:fs';
import { SqliteStore } from '../../../server/storage/SqliteStore.js';
import type { StoreStats } from '../protocol.js';

/** Installs the probe once and returns a reader of its counters. */
export function installStoreProbe(): () => StoreStats {
  const stats: StoreStats = {
    appendCalls: 0,
    updatesStored: 0,
    emptyUpdatesStored: 0,
    bytesStored: 0,
    appendMs: 0,
    appendCpuMicros: 0,
    maxAppendMs: 0,
    flushCalls: 0,
    flushMs: 0,
    flushCpuMicros: 0,
    maxFlushMs: 0,
    compactCalls: 0,
    compactMs: 0,
    maxCompactMs: 0,
  };
  const append = SqliteStore.prototype.appendUpdates;
  SqliteStore.prototype.appendUpdates = async function (this: SqliteStore, name: string, updates: Uint8Array[]) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    try {
      // The commit happens before the promise is returned; awaiting it would count other work.
      const stored = append.call(this, name, updates);
      const cpu = process.cpuUsage(cpuBefore);
      stats.appendCpuMicros += cpu.user + cpu.system;
      return await stored;
    } finally {
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
    }
  };
  const flush = fs.fdatasyncSync;
  fs.fdatasyncSync = (fd) => {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    try {
      flush(fd);
    } finally {
      const cpu = process.cpuUsage(cpuBefore);
      const ms = performance.now() - started;
      stats.flushCalls += 1;
      stats.flushMs += ms;
      stats.flushCpuMicros += cpu.user + cpu.system;
      stats.maxFlushMs = Math.max(stats.maxFlushMs, ms);
    }
  };
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
