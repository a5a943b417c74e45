import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import { LIMITS } from '../../shared/limits.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { startTestServer } from '../support/testServer.js';
import { connectRaw, connectStock, synced } from '../support/yjsClients.js';
import { waitFor } from '../support/waitFor.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real sync-update frame carrying `text`, as a provider would send it. */
function updateFrame(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('probe').insert(0, text);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
  return encoding.toUint8Array(encoder);
}

async function roomWithHonestClients() {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const workshop = await createWorkshop(server.url, server.organiserKey);
  const { token } = await joinWorkshop(server.url, workshop, 'Mallory');
  const honest = [workshop.facilitatorToken, (await joinWorkshop(server.url, workshop, 'Alice')).token].map((t) => {
    const client = connectStock(server.url, workshop.id, 'experiences', t);
    cleanups.push(() => client.destroy());
    return client;
  });
  await Promise.all(honest.map(synced));
  const hostile = async (frame: Uint8Array) => {
    const raw = connectRaw(server.url, `/yjs/${workshop.id}/experiences?token=${token}`);
    await raw.opened;
    raw.socket.send(frame);
    return (await raw.closed).code;
  };
  /** The honest clients still edit and converge. */
  const stillInSync = async (word: string) => {
    honest[0]!.text.insert(0, word);
    await waitFor(() => honest[1]!.text.toString().includes(word), `"${word}" relayed`);
    expect(honest[0]!.text.toString()).toBe(honest[1]!.text.toString());
  };
  return { server, workshop, hostile, stillInSync, honest };
}

describe('hostile frames on the Yjs endpoint', () => {
  it('random bytes close only that connection', async () => {
    const { hostile, stillInSync } = await roomWithHonestClients();
    const seed = Date.now();
    console.info(`random frames seed: ${seed}`);
    const frames = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 256 }), { numRuns: 40, seed });
    for (const frame of frames) {
      // Most random frames are malformed; the rare one that decodes is a legal (if odd) message.
      const code = await Promise.race([hostile(frame), new Promise<number>((resolve) => setTimeout(() => resolve(0), 300))]);
      expect([CLOSE_CODES.malformedMessage, 0]).toContain(code);
    }
    await stillInSync('after random bytes ');
  });

  it('a truncated sync update is refused and nothing of it is stored', async () => {
    const { hostile, stillInSync, server, workshop } = await roomWithHonestClients();
    const whole = updateFrame('SHOULD NOT BE STORED');
    for (const cut of [3, 10, whole.length - 1]) {
      expect(await hostile(whole.subarray(0, cut))).toBe(CLOSE_CODES.malformedMessage);
    }
    await stillInSync('honest words ');
    const reader = connectStock(server.url, workshop.id, 'experiences', workshop.facilitatorToken);
    cleanups.push(() => reader.destroy());
    await synced(reader);
    expect(reader.text.toString()).not.toContain('SHOULD NOT');
  });

  it('trailing garbage, unknown message types and text frames are refused', async () => {
    const { hostile, stillInSync } = await roomWithHonestClients();
    const valid = updateFrame('x');
    expect(await hostile(new Uint8Array([...valid, 7, 7]))).toBe(CLOSE_CODES.malformedMessage);
    expect(await hostile(new Uint8Array([9, 0]))).toBe(CLOSE_CODES.malformedMessage);
    expect(await hostile(new Uint8Array([0, 5, 1, 0]))).toBe(CLOSE_CODES.malformedMessage);
    // An awareness update whose state is not JSON.
    expect(await hostile(new Uint8Array([1, 5, 1, 1, 1, 1, 0x7b]))).toBe(CLOSE_CODES.malformedMessage);
    await stillInSync('still fine ');
  });

  it('an oversize frame closes with "message too big"', async () => {
    const { hostile, stillInSync } = await roomWithHonestClients();
    expect(await hostile(new Uint8Array(LIMITS.maxYjsFrameBytes + 1))).toBe(CLOSE_CODES.messageTooBig);
    await stillInSync('after the big one ');
  });

  it('a flood of frames is cut off by the rate limit', async () => {
    const { server, workshop, stillInSync } = await roomWithHonestClients();
    const raw = connectRaw(server.url, `/yjs/${workshop.id}/experiences?token=${workshop.facilitatorToken}`);
    await raw.opened;
    const queryAwareness = new Uint8Array([3]);
    for (let i = 0; i < LIMITS.yjsMessageBurst + 50; i++) raw.socket.send(queryAwareness);
    expect((await raw.closed).code).toBe(CLOSE_CODES.rateLimited);
    await stillInSync('after the flood ');
  });

  it('an awareness state cannot impersonate another person', async () => {
    const { honest } = await roomWithHonestClients();
    const [facilitator, alice] = honest as [(typeof honest)[0], (typeof honest)[0]];
    alice.provider.awareness.setLocalStateField('user', { name: 'Facilitator', color: '#112233' });
    await waitFor(
      () => facilitator.provider.awareness.getStates().get(alice.doc.clientID)?.user !== undefined,
      'awareness relayed',
    );
    const seen = facilitator.provider.awareness.getStates().get(alice.doc.clientID)?.user as Record<string, unknown>;
    expect(seen).toMatchObject({ name: 'Alice', role: 'participant', color: '#112233' });
  });
});
