/**
 * One server under the join storm. The plain relay keeps no document, so nothing can sync from
 * it alone; it is reported as not applicable rather than measured on a different protocol.
 */
import { type ServerKind, STORM } from './config.js';
import { startLoadProcess } from './loadProcess.js';
import { cpuMicros, machineBusyMicros } from './procStats.js';
import type { StormLoadResult } from './protocol.js';
import type { StormCaseResult } from './results.js';
import { roomTarget } from './roomTarget.js';
import { startServerProcess } from './serverProcess.js';

const MIB = 1024 * 1024;
const PREFILL_TIMEOUT_MS = 60_000;

/** Runs the join storm against one server kind (or reports it not applicable). */
export async function runStormCase(kind: ServerKind): Promise<StormCaseResult> {
  if (kind === 'relay') {
    const skipped = 'a relay keeps no state: a joining client can only sync from a peer, which the relay would then broadcast to all';
    return { server: kind, serverCpuMs: Number.NaN, reconnectCpuMs: Number.NaN, loadCpuShare: Number.NaN, otherCpuCores: 0, attempts: 0, windowMs: Number.NaN, serverRssMiB: Number.NaN, load: null, skipped, store: null };
  }
  const server = await startServerProcess(kind);
  try {
    const target = await roomTarget(server, STORM.section);
    const { section: _section, ...shape } = STORM;
    const load = startLoadProcess({ kind: 'storm', target, ...shape });
    try {
      await load.next('ready', PREFILL_TIMEOUT_MS);
      load.go();
      await load.next('window-start', 10_000);
      const start = { at: performance.now(), cpu: cpuMicros(server.pid), load: cpuMicros(load.pid), machine: machineBusyMicros() };
      await load.next('window-end', STORM.timeoutMs + 10_000);
      const end = { at: performance.now(), cpu: cpuMicros(server.pid), load: cpuMicros(load.pid), machine: machineBusyMicros() };
      await load.next('reconnect-start', 10_000);
      const reconnectFrom = cpuMicros(server.pid);
      await load.next('reconnect-end', STORM.timeoutMs + 10_000);
      const reconnectCpuMs = (cpuMicros(server.pid) - reconnectFrom) / 1000;
      const windowMs = end.at - start.at;
      const otherMicros = end.machine - start.machine - (end.cpu - start.cpu) - (end.load - start.load);
      const result = (await load.result(20_000)) as StormLoadResult;
      return {
        server: kind,
        serverCpuMs: (end.cpu - start.cpu) / 1000,
        reconnectCpuMs,
        loadCpuShare: (end.load - start.load) / 1000 / windowMs,
        otherCpuCores: Math.max(0, otherMicros / 1000 / windowMs),
        attempts: 1,
        windowMs,
        serverRssMiB: (await server.memory()).rss / MIB,
        load: result,
        skipped: null,
        store: await server.storeStats(),
      };
    } finally {
      load.kill();
    }
  } finally {
    await server.stop();
  }
}
