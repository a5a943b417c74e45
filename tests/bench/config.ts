/**
 * The load shape of every run. Rates, sizes and durations are constants so that two runs of
 * `npm run bench` put the same load on the same servers and their figures compare.
 */
import type { Section } from '../../shared/sections.js';

/** The servers compared in one run, each in its own child process. */
export const SERVER_KINDS = ['convene', 'reference', 'relay'] as const;
/** One of the compared servers. */
export type ServerKind = (typeof SERVER_KINDS)[number];

/** One steady typing phase: N clients in one room, a fixed share of them typing at a fixed rate. */
export interface SteadyPhase {
  name: string;
  clients: number;
  writers: number;
  editsPerSecond: number;
  section: Section;
}

/** N = 100 at 100 edits/s and N = 200 at 200 edits/s, 10 % of clients typing. */
export const STEADY_PHASES: readonly SteadyPhase[] = [
  { name: 'steady-100', clients: 100, writers: 10, editsPerSecond: 100, section: 'plan' },
  { name: 'steady-200', clients: 200, writers: 20, editsPerSecond: 200, section: 'strategy' },
];

/**
 * The two-instance case (`twoInstanceCase.ts`): as steady-100, with the writers on instance A and
 * the other clients alternating between A and B. Needs PostgreSQL and Redis.
 */
export const TWO_INSTANCES: SteadyPhase = { name: 'two-instances-100', clients: 100, writers: 10, editsPerSecond: 100, section: 'plan' };

/**
 * Each steady phase runs this many rounds, the servers taking turns within a round, and the
 * summary gives medians: one 15 s window on a shared two-core machine varies by ±10 %.
 */
export const STEADY_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** Full y-websocket providers per phase; they receive like everyone and check convergence. */
export const STOCK_CLIENTS = 4;

/** Edits are sent but not measured during warm-up, then measured; the drain waits for stragglers. */
export const WARMUP_MS = 3_000;
export const MEASURE_MS = 12_000;
export const MAX_DRAIN_MS = 3_000;

/** The join storm: a room holding recommendation-like entries, then many clients at once. */
export const STORM = {
  clients: 200,
  stockClients: 4,
  entries: 200,
  edits: 20_000,
  editsPerMessage: 100,
  authors: 40,
  section: 'recommendations' as Section,
  timeoutMs: 30_000,
  seed: 20_240_601,
};

/** Longest wait for clients to connect and sync before a phase starts. */
export const CONNECT_TIMEOUT_MS = 30_000;
