/** The figures of one run, as written to bench-results/latest.json. */
import type { ColdJoinResult } from './coldJoinCase.js';
import type { ServerKind } from './config.js';
import type { Disturbable } from './quietRetry.js';
import type { StoreStats, SteadyLoadResult, StormLoadResult } from './protocol.js';

/** One server's figures for one steady phase. */
export interface SteadyCaseResult extends Disturbable {
  server: ServerKind;
  phase: string;
  /** 1-based; within a round every server runs the phase once, in turn. */
  round: number;
  clients: number;
  editsPerSecond: number;
  windowMs: number;
  serverCpuMs: number;
  /** Server CPU in the window ÷ deliveries of measured edits. */
  cpuMicrosPerDelivery: number;
  /** The part of it spent storing: commits and the WAL flushes after them (convene only). */
  storeCpuMicrosPerDelivery: number | null;
  /** Share of one core the server used in the window, and the kernel's part of it. */
  serverCpuShare: number;
  serverSystemShare: number;
  loadCpuShare: number;
  deliveryRatio: number;
  /** Server memory per client once all have joined, and at the end of the measured window. */
  memoryJoined: MemoryPerClient;
  memoryUnderLoad: MemoryPerClient;
  serverRssMiB: number;
  load: SteadyLoadResult;
  store: StoreStats | null;
}

/** KiB per client: RSS delta, and live memory (JS heap + external buffers) delta, after GC. */
export interface MemoryPerClient {
  rssKiB: number;
  liveKiB: number;
}

/** One server's figures for the join storm. */
export interface StormCaseResult extends Disturbable {
  server: ServerKind;
  serverCpuMs: number;
  /** Server CPU from the reconnect storm's first socket to its last sync. */
  reconnectCpuMs: number;
  loadCpuShare: number;
  windowMs: number;
  serverRssMiB: number;
  load: StormLoadResult | null;
  skipped: string | null;
  store: StoreStats | null;
}

/** One round of the two-instance case: writers on A, receivers on A and B. */
export interface TwoInstanceCaseResult extends Disturbable {
  phase: string;
  round: number;
  clients: number;
  editsPerSecond: number;
  windowMs: number;
  /** Share of one core each instance used in the window. */
  serverCpuShare: { a: number; b: number };
  loadCpuShare: number;
  deliveryRatio: number;
  /** `load.byInstance` holds the same-instance and cross-instance figures. */
  load: SteadyLoadResult;
}

/** The machine the run happened on. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  date: string;
}

/** Everything one run writes to latest.json. */
export interface BenchResults {
  machine: MachineInfo;
  loadShape: Record<string, unknown>;
  steady: SteadyCaseResult[];
  storm: StormCaseResult[];
  /** Bytes of a cold join, before (stock socket sync) and after (compressed download). */
  coldJoin: ColdJoinResult;
  /** Absent in runs from before it existed, or when the run left it out; `skipped` says why. */
  twoInstances?: { rounds: TwoInstanceCaseResult[]; skipped: string | null };
  totalSeconds: number;
}
