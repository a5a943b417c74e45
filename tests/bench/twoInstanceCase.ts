/**
 * Two instances of ours on one PostgreSQL schema and one Redis: writers on instance A, receivers
 * on A and B, in one room. Cross-instance latency (A's writers to B's receivers) against
 * same-instance latency (A to A) from the same run, so the machine's load is the same for both.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { CONNECT_TIMEOUT_MS, MAX_DRAIN_MS, MEASURE_MS, STOCK_CLIENTS, TWO_INSTANCES, WARMUP_MS } from './config.js';
import { startLoadProcess } from './loadProcess.js';
import { cpuMicros, cpuTimes, machineBusyMicros } from './procStats.js';
import type { RoomTarget, SteadyLoadResult } from './protocol.js';
import type { TwoInstanceCaseResult } from './results.js';
import { roomTarget } from './roomTarget.js';
import { type ServerProcess, startServerProcess } from './serverProcess.js';

const CONVENE_ENTRY = new URL('./servers/conveneServer.ts', import.meta.url).pathname;

/** Where the shared store and Redis are: the test services by default, as `npm test` uses them. */
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL || process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('schema', schema);
  return parsed.href;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Runs one round: two fresh instances on a fresh schema, one steady phase, then both stopped and the schema dropped. */
export async function runTwoInstanceCase(round: number): Promise<TwoInstanceCaseResult> {
  const schema = `convene_bench_${crypto.randomBytes(6).toString('hex')}`;
  // Names of their own, so that setting BENCH_DATABASE_URL never moves the single-server cases' children onto PostgreSQL.
  const env = {
    BENCH_INSTANCE_DATABASE_URL: withSchema(BENCH_DATABASE_URL, schema),
    BENCH_INSTANCE_REDIS_URL: BENCH_REDIS_URL,
    BENCH_INSTANCE_ORGANISER_KEY: `bench-${crypto.randomBytes(12).toString('hex')}`,
  };
  const servers: ServerProcess[] = [];
  try {
    // One after the other: the first creates the schema.
    for (let i = 0; i < 2; i++) servers.push(await startServerProcess('convene', { entry: CONVENE_ENTRY, env }));
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const target = await roomTarget(a, TWO_INSTANCES.section);
    const otherTarget: RoomTarget = { ...target, wsBase: target.wsBase.replace(`:${a.port}/`, `:${b.port}/`) };
    const load = startLoadProcess({
      kind: 'steady',
      target,
      otherTarget,
      clients: TWO_INSTANCES.clients,
      writers: TWO_INSTANCES.writers,
      stockClients: STOCK_CLIENTS,
      editsPerSecond: TWO_INSTANCES.editsPerSecond,
      warmupMs: WARMUP_MS,
      measureMs: MEASURE_MS,
      maxDrainMs: MAX_DRAIN_MS,
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
    });
    try {
      await load.next('ready', CONNECT_TIMEOUT_MS + 10_000);
      load.go();
      await load.next('window-start', WARMUP_MS + 10_000);
      const cpu = () => ({ at: performance.now(), a: cpuTimes(a.pid), b: cpuTimes(b.pid), load: cpuMicros(load.pid), machine: machineBusyMicros() });
      const start = cpu();
      await load.next('window-end', MEASURE_MS + MAX_DRAIN_MS + 10_000);
      const end = cpu();
      const result = (await load.result(20_000)) as SteadyLoadResult;
      const windowMs = end.at - start.at;
      const used = (key: 'a' | 'b') => end[key].user + end[key].system - start[key].user - start[key].system;
      const loadMicros = end.load - start.load;
      const otherMicros = end.machine - start.machine - used('a') - used('b') - loadMicros;
      return {
        phase: TWO_INSTANCES.name,
        round,
        clients: TWO_INSTANCES.clients,
        editsPerSecond: TWO_INSTANCES.editsPerSecond,
        windowMs,
        serverCpuShare: { a: used('a') / 1000 / windowMs, b: used('b') / 1000 / windowMs },
        loadCpuShare: loadMicros / 1000 / windowMs,
        otherCpuCores: Math.max(0, otherMicros / 1000 / windowMs),
        attempts: 1,
        deliveryRatio: result.delivered / result.expectedDeliveries,
        load: result,
      };
    } finally {
      load.kill();
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await dropSchema(schema).catch((error: unknown) => console.warn(`[bench] schema ${schema} not dropped: ${String(error)}`));
  }
}
