/**
 * One server under one steady phase: fresh server child, memory before and after the clients
 * join, server and load CPU read from /proc over the measured window, then the load's figures.
 */
import { CONNECT_TIMEOUT_MS, MAX_DRAIN_MS, MEASURE_MS, type ServerKind, STOCK_CLIENTS, type SteadyPhase, WARMUP_MS } from './config.js';
import { startLoadProcess } from './loadProcess.js';
import { cpuMicros, cpuTimes, machineBusyMicros } from './procStats.js';
import type { MemorySample } from './protocol.js';
import type { SteadyLoadResult, StoreStats } from './protocol.js';
import type { SteadyCaseResult } from './results.js';
import { roomTarget } from './roomTarget.js';
import { type ServerVariant, startServerProcess } from './serverProcess.js';

const KIB = 1024;
const MIB = 1024 * 1024;

/** KiB per client between two samples: RSS, and live memory (JS heap + buffers outside it). */
function perClient(before: MemorySample, after: MemorySample, clients: number) {
  return {
    rssKiB: (after.rss - before.rss) / KIB / clients,
    liveKiB: (after.heapUsed + after.external - before.heapUsed - before.external) / KIB / clients,
  };
}

/**
 * CPU our store spent so far on the path of Yjs updates, on the event loop: appends (their wall
 * time, see storeProbe.ts) and checkpoints. The flushes' CPU, on the thread pool, is in the
 * process total only.
 */
const storingCpuMicros = (stats: StoreStats) => stats.appendMs * 1000 + stats.checkpointCpuMicros;

/** Runs one steady phase against one server kind (or a variant of it). */
export async function runSteadyCase(kind: ServerKind, phase: SteadyPhase, round: number, variant?: ServerVariant): Promise<SteadyCaseResult> {
  const server = await startServerProcess(kind, variant);
  try {
    const target = await roomTarget(server, phase.section);
    const before = await server.memory();
    const load = startLoadProcess({
      kind: 'steady',
      target,
      clients: phase.clients,
      writers: phase.writers,
      stockClients: STOCK_CLIENTS,
      editsPerSecond: phase.editsPerSecond,
      warmupMs: WARMUP_MS,
      measureMs: MEASURE_MS,
      maxDrainMs: MAX_DRAIN_MS,
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
    });
    try {
      await load.next('ready', CONNECT_TIMEOUT_MS + 10_000);
      const joined = await server.memory();
      load.go();
      await load.next('window-start', WARMUP_MS + 10_000);
      const storeAtStart = await server.storeStats();
      const start = { at: performance.now(), server: cpuTimes(server.pid), load: cpuMicros(load.pid), machine: machineBusyMicros() };
      await load.next('window-end', MEASURE_MS + MAX_DRAIN_MS + 10_000);
      const end = { at: performance.now(), server: cpuTimes(server.pid), load: cpuMicros(load.pid), machine: machineBusyMicros() };
      const storeAtEnd = await server.storeStats();
      const loaded = await server.memory();
      const result = (await load.result(20_000)) as SteadyLoadResult;
      const windowMs = end.at - start.at;
      const systemMicros = end.server.system - start.server.system;
      const serverMicros = end.server.user - start.server.user + systemMicros;
      const loadMicros = end.load - start.load;
      const otherMicros = end.machine - start.machine - serverMicros - loadMicros;
      return {
        server: kind,
        phase: phase.name,
        round,
        clients: phase.clients,
        editsPerSecond: phase.editsPerSecond,
        windowMs,
        serverCpuMs: serverMicros / 1000,
        cpuMicrosPerDelivery: serverMicros / Math.max(1, result.delivered),
        storeCpuMicrosPerDelivery:
          storeAtStart && storeAtEnd
            ? (storingCpuMicros(storeAtEnd) - storingCpuMicros(storeAtStart)) / Math.max(1, result.delivered)
            : null,
        serverCpuShare: serverMicros / 1000 / windowMs,
        serverSystemShare: systemMicros / 1000 / windowMs,
        loadCpuShare: loadMicros / 1000 / windowMs,
        otherCpuCores: Math.max(0, otherMicros / 1000 / windowMs),
        attempts: 1,
        deliveryRatio: result.delivered / result.expectedDeliveries,
        memoryJoined: perClient(before, joined, phase.clients),
        memoryUnderLoad: perClient(before, loaded, phase.clients),
        serverRssMiB: loaded.rss / MIB,
        load: result,
        store: storeAtEnd,
      };
    } finally {
      load.kill();
    }
  } finally {
    await server.stop();
  }
}
