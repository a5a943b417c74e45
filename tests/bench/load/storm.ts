/**
 * The join storm: prefill the room, then open every client at once and time until each has
 * received the full state. Stock providers check the content; one light client's state is
 * decoded and compared too. Then the reconnect storm: the light clients drop, as on a Wi-Fi
 * cut, and all come back at once asking with the state vector they hold.
 */
import * as Y from 'yjs';
import type { StormLoadResult, StormPlan } from '../protocol.js';
import { summarise } from '../stats.js';
import { tell, waitForGo, within } from './ipc.js';
import { LightClient } from './LightClient.js';
import { buildPrefill } from './prefill.js';
import { prefillRoom } from './prefillRoom.js';
import { roomUrl } from './roomUrl.js';
import { StockClient } from './StockClient.js';
import { syncPayload } from './wire.js';

/** Prefills, waits for go, opens every client at once and reports sync times. */
export async function runStorm(plan: StormPlan): Promise<StormLoadResult> {
  const prefillStarted = performance.now();
  const prefill = buildPrefill(plan);
  const expected = JSON.stringify(prefill.doc.getArray('entries').toJSON());
  const holder = await prefillRoom(plan, prefill);
  const prefillMs = performance.now() - prefillStarted;
  tell({ type: 'ready' });
  await waitForGo();

  const { target } = plan;
  const started = performance.now();
  tell({ type: 'window-start' });
  const stock = Array.from({ length: plan.stockClients }, () => new StockClient(target.wsBase, target.section, target.token));
  const light = Array.from(
    { length: plan.clients - plan.stockClients },
    () => new LightClient({ url: roomUrl(target), serverKeepsDocument: true }),
  );
  const all = [...stock.map((client) => client.synced), ...light.map((client) => client.synced)];
  await within(Promise.allSettled(all), plan.timeoutMs, 'storm clients syncing').catch(() => undefined);
  tell({ type: 'window-end' });
  const reconnect = await reconnectStorm(plan, light, Y.encodeStateVector(prefill.doc));

  const syncTimes = [...stock, ...light].flatMap((client) => (client.syncedAt === null ? [] : [client.syncedAt - started]));
  const sorted = Float64Array.from(syncTimes).sort();
  const stockTimes = stock.map((client) => (client.syncedAt === null ? Number.NaN : client.syncedAt - started));
  const verification = verify(expected, stock, light);
  for (const client of [...stock, holder]) client.close();
  return {
    kind: 'storm',
    prefillMs,
    stateBytes: light[0]?.firstStep2?.byteLength ?? 0,
    clients: plan.clients,
    synced: syncTimes.length,
    allSyncedMs: syncTimes.length === plan.clients ? (sorted[sorted.length - 1] ?? null) : null,
    stockSyncedMs: stockTimes.some(Number.isNaN) ? null : Math.max(...stockTimes),
    syncMs: summarise(sorted),
    ...verification,
    reconnect,
  };
}

/** Closes the light clients, then opens as many at once with `stateVector`, and times their sync. */
async function reconnectStorm(plan: StormPlan, light: LightClient[], stateVector: Uint8Array): Promise<StormLoadResult['reconnect']> {
  for (const client of light) client.close();
  const url = roomUrl(plan.target);
  const started = performance.now();
  tell({ type: 'reconnect-start' });
  const back = light.map(() => new LightClient({ url, serverKeepsDocument: true, stateVector }));
  await within(Promise.allSettled(back.map((client) => client.synced)), plan.timeoutMs, 'reconnecting clients syncing').catch(() => undefined);
  tell({ type: 'reconnect-end' });
  const times = back.flatMap((client) => (client.syncedAt === null ? [] : [client.syncedAt - started]));
  const sorted = Float64Array.from(times).sort();
  const answerBytes = back[0]?.firstStep2?.byteLength ?? 0;
  for (const client of back) client.close();
  return { clients: back.length, synced: times.length, allSyncedMs: times.length === back.length ? (sorted[sorted.length - 1] ?? null) : null, syncMs: summarise(sorted), answerBytes };
}

function verify(expected: string, stock: StockClient[], light: LightClient[]): { verified: boolean; verificationNote: string } {
  const stockOk = stock.filter((client) => client.content() === expected).length;
  const sample = light[0]?.firstStep2;
  let sampleOk = false;
  if (sample) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, syncPayload(sample));
    sampleOk = JSON.stringify(doc.getArray('entries').toJSON()) === expected;
    doc.destroy();
  }
  const sizes = new Set(light.map((client) => client.firstStep2?.byteLength ?? 0));
  const verified = stockOk === stock.length && sampleOk && !sizes.has(0);
  const note = `${stockOk}/${stock.length} stock docs equal the prefill; light sample ${sampleOk ? 'equal' : 'DIFFERENT'}; step-2 sizes ${[...sizes].join(',')} B`;
  return { verified, verificationNote: note };
}
