/**
 * A steady phase: connect, let writers create their entries, then type at a fixed total rate
 * (round-robin over the writers) through warm-up and the measured window, drain, and check that
 * the stock providers converged on every edit.
 */
import type { SteadyLoadResult, SteadyPlan } from '../protocol.js';
import { summarise } from '../stats.js';
import { DeliveryLog } from './DeliveryLog.js';
import { countMarkers } from './editMarker.js';
import { pollUntil, sleep, tell, waitForGo, within } from './ipc.js';
import { instanceOf, SteadyRoom } from './steadyRoom.js';

const CONVERGENCE_TIMEOUT_MS = 5_000;
/** Pacing tick; each tick sends every edit whose scheduled time has come. */
const TICK_MS = 2;

/** Runs one steady phase from connect to convergence check. */
export async function runSteady(plan: SteadyPlan): Promise<SteadyLoadResult> {
  const totalEdits = Math.round((plan.editsPerSecond * (plan.warmupMs + plan.measureMs)) / 1000);
  const measuredFrom = Math.round((plan.editsPerSecond * plan.warmupMs) / 1000);
  const groups = plan.otherTarget ? Array.from({ length: plan.clients }, (_, index) => instanceOf(plan, index)) : [];
  const log = new DeliveryLog(totalEdits, plan.clients, measuredFrom, groups);
  const room = new SteadyRoom(plan, log);
  try {
    const connectStarted = performance.now();
    await within(room.connect(), plan.connectTimeoutMs, `${plan.clients} clients connecting`);
    const connectMs = performance.now() - connectStarted;
    for (const writer of room.writers) writer.createEntry();
    await sleep(500);
    tell({ type: 'ready' });
    await waitForGo();

    await typeAtFixedRate(plan, room, log, totalEdits, measuredFrom);
    await pollUntil(() => log.delivered >= log.expectedDeliveries, plan.maxDrainMs);
    log.freeze();
    tell({ type: 'window-end' });

    const convergence = await checkConvergence(room, totalEdits);
    return {
      kind: 'steady',
      editsSent: totalEdits,
      measuredEdits: totalEdits - measuredFrom,
      expectedDeliveries: log.expectedDeliveries,
      delivered: log.delivered,
      duplicates: log.duplicates,
      latencyMs: summarise(log.sortedLatencies()),
      ...(plan.otherTarget ? { byInstance: { same: groupFigures(log, 0, plan), cross: groupFigures(log, 1, plan) } } : {}),
      connectMs,
      ...convergence,
    };
  } finally {
    room.close();
  }
}

/** Deliveries and latency to the receivers on one instance. */
function groupFigures(log: DeliveryLog, group: number, plan: SteadyPlan) {
  const latencies = log.sortedGroupLatencies(group);
  return {
    delivered: latencies.length,
    expected: Math.round(log.expectedForGroup(group, (receiver) => receiver < plan.writers, plan.writers)),
    latencyMs: summarise(latencies),
  };
}

/** Sends edit k at start + k / rate; announces the window when the first measured edit is due. */
function typeAtFixedRate(plan: SteadyPlan, room: SteadyRoom, log: DeliveryLog, total: number, measuredFrom: number): Promise<void> {
  const writers = room.writers;
  const started = performance.now();
  let next = 0;
  return new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - started) * plan.editsPerSecond) / 1000) + 1);
      for (; next < due; next++) {
        if (next === measuredFrom) tell({ type: 'window-start' });
        const writerIndex = next % writers.length;
        log.recordSend(next, writerIndex, performance.now());
        writers[writerIndex]?.type(next);
      }
      if (next < total) setTimeout(tick, TICK_MS);
      else resolve();
    };
    tick();
  });
}

/** All stock providers hold the same document, with every edit sent in it. */
async function checkConvergence(room: SteadyRoom, totalEdits: number): Promise<{ converged: boolean; convergenceNote: string }> {
  const describe = () => room.stock.map((client) => countMarkers(client.content()).size);
  const converged = await pollUntil(() => {
    const contents = room.stock.map((client) => client.content());
    return contents.every((content) => content === contents[0]) && describe().every((count) => count === totalEdits);
  }, CONVERGENCE_TIMEOUT_MS, 50);
  const note = `${room.stock.length} stock docs hold ${describe().join('/')} of ${totalEdits} edits${converged ? ', identical' : ', NOT identical'}`;
  return { converged, convergenceNote: note };
}
