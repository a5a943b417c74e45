/**
 * Messages over the IPC channels of the bench: orchestrator ↔ server child, orchestrator ↔
 * load child. Discriminated unions, so each side switches on `type`.
 */

/** Where the load process connects: `${wsBase}/${section}?token=…`. */
export interface RoomTarget {
  wsBase: string;
  section: string;
  token: string;
  /** Ours and the reference keep the document and answer sync step 1; the plain relay does not. */
  serverKeepsDocument: boolean;
}

/** What the convene child measured inside its store: journal appends, flushes, checkpoints, compactions. */
export interface StoreStats {
  appendCalls: number;
  updatesStored: number;
  emptyUpdatesStored: number;
  bytesStored: number;
  /** Wall time of the appends to the update journal: synchronous writes that do not sleep, so their CPU. */
  appendMs: number;
  maxAppendMs: number;
  /** Flushes on the thread pool (fdatasync) that follow appends, and ballots'; wall time from call to callback. */
  flushCalls: number;
  flushMs: number;
  maxFlushMs: number;
  /** Moves of journaled updates into SQLite: a transaction and a WAL flush each. */
  checkpointCalls: number;
  checkpointMs: number;
  checkpointCpuMicros: number;
  maxCheckpointMs: number;
  compactCalls: number;
  compactMs: number;
  maxCompactMs: number;
}

/** Memory of a server child after a full GC: RSS, and live JS heap plus buffers outside it. */
export interface MemorySample {
  rss: number;
  heapUsed: number;
  external: number;
}

/** Orchestrator → server child. */
export type ServerRequest = { type: 'memory' } | { type: 'store-stats' } | { type: 'stop' };

/** Server child → orchestrator. */
export type ServerReply =
  | { type: 'ready'; port: number; organiserKey: string | null }
  | ({ type: 'memory' } & MemorySample)
  | { type: 'store-stats'; stats: StoreStats | null }
  | { type: 'stopped' };

/** What the load child does in a steady phase. */
export interface SteadyPlan {
  kind: 'steady';
  target: RoomTarget;
  clients: number;
  writers: number;
  stockClients: number;
  editsPerSecond: number;
  warmupMs: number;
  measureMs: number;
  maxDrainMs: number;
  connectTimeoutMs: number;
  /**
   * The same room on a second instance (the two-instance case): writers stay on `target`, every
   * other receiver (stock and light) alternates between `target` and this one.
   */
  otherTarget?: RoomTarget;
}

/** What the load child does in the join storm. */
export interface StormPlan {
  kind: 'storm';
  target: RoomTarget;
  clients: number;
  stockClients: number;
  entries: number;
  edits: number;
  editsPerMessage: number;
  authors: number;
  seed: number;
  timeoutMs: number;
}

/** The plan handed to a load child. */
export type LoadPlan = SteadyPlan | StormPlan;

/** What the load child measured in a steady phase. */
export interface SteadyLoadResult {
  kind: 'steady';
  editsSent: number;
  measuredEdits: number;
  expectedDeliveries: number;
  delivered: number;
  duplicates: number;
  latencyMs: { p50: number; p99: number; max: number };
  /** With `otherTarget`: deliveries and latency to receivers on the writers' instance, and on the other. */
  byInstance?: Record<'same' | 'cross', { delivered: number; expected: number; latencyMs: { p50: number; p99: number; max: number } }>;
  connectMs: number;
  converged: boolean;
  convergenceNote: string;
}

/** What the load child measured in the join storm. */
export interface StormLoadResult {
  kind: 'storm';
  prefillMs: number;
  stateBytes: number;
  clients: number;
  synced: number;
  allSyncedMs: number | null;
  /** When the last stock provider had synced (it decodes and applies the state; light clients do not). */
  stockSyncedMs: number | null;
  syncMs: { p50: number; p99: number; max: number };
  verified: boolean;
  verificationNote: string;
  /** Then the light clients drop and come back at once, asking with the state vector they hold. */
  reconnect: { clients: number; synced: number; allSyncedMs: number | null; syncMs: { p50: number; p99: number; max: number }; answerBytes: number };
}

/** Either result. */
export type LoadResult = SteadyLoadResult | StormLoadResult;

/** Load child → orchestrator. `ready` means connected (steady) or prefilled (storm). */
export type LoadEvent =
  | { type: 'ready' }
  | { type: 'window-start' }
  | { type: 'window-end' }
  | { type: 'reconnect-start' }
  | { type: 'reconnect-end' }
  | { type: 'result'; result: LoadResult }
  | { type: 'failed'; message: string };

/** Orchestrator → load child: start the measured part. */
export interface LoadGo {
  type: 'go';
}
