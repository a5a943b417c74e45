/**
 * Puts the prefill into the server through one client, paced under the server's per-connection
 * message limit, then asks for the full state until the server holds exactly what was sent.
 */
import * as Y from 'yjs';
import type { StormPlan } from '../protocol.js';
import { pollUntil, sleep, within } from './ipc.js';
import { LightClient } from './LightClient.js';
import type { Prefill } from './prefill.js';
import { roomUrl } from './roomUrl.js';
import { EMPTY_STEP1, encodeUpdateMessage, SYNC_STEP2, syncPayload, syncStepOf } from './wire.js';

/** 200 messages at this spacing stay well inside a 100/s, burst-400 token bucket. */
const SEND_SPACING_MS = 5;
const CONFIRM_TIMEOUT_MS = 20_000;

function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  const left = Y.decodeStateVector(a);
  const right = Y.decodeStateVector(b);
  return left.size === right.size && [...left].every(([client, clock]) => right.get(client) === clock);
}

/** Sends the prefill and resolves once the server's state equals it; the client stays in the room. */
export async function prefillRoom(plan: StormPlan, prefill: Prefill): Promise<LightClient> {
  let latestState: Uint8Array | null = null;
  const client = new LightClient({
    url: roomUrl(plan.target),
    serverKeepsDocument: true,
    onFrame: (frame) => {
      if (syncStepOf(frame) === SYNC_STEP2) latestState = syncPayload(frame);
    },
  });
  await within(client.synced, CONFIRM_TIMEOUT_MS, 'prefill client sync');
  for (const update of prefill.updates) {
    client.send(encodeUpdateMessage(update));
    await sleep(SEND_SPACING_MS);
  }
  const expected = Y.encodeStateVector(prefill.doc);
  let askedAt = 0;
  const held = await pollUntil(() => {
    if (latestState && sameStateVector(Y.encodeStateVectorFromUpdate(latestState), expected)) return true;
    if (performance.now() - askedAt > 250) {
      askedAt = performance.now();
      client.send(EMPTY_STEP1);
    }
    return false;
  }, CONFIRM_TIMEOUT_MS);
  if (!held) throw new Error('the server never held the whole prefill');
  return client;
}
