import fc from 'fast-check';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import { LIMITS } from '../../shared/limits.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { startTestServer } from '../support/testServer.js';
import { connectRaw, connectStock, type RawSocket, synced } from '../support/yjsClients.js';
import { waitFor } from '../support/waitFor.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** How long the server has to close a socket after a bad frame; it closes at once, this only bounds a failure. */
const CLOSE_DEADLINE_MS = 5_000;

/** The code the server closed `raw` with; fails the test when it does not close in time. */
async function closeCode(raw: RawSocket, after: string): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the server did not close the socket after ${after}`)), CLOSE_DEADLINE_MS);
  });
  try {
    return (await Promise.race([raw.closed, deadline])).code;
  } finally {
    clearTimeout(timer);
  }
}

/** A sync step 1 with an empty state vector: the server answers every one with a sync step 2. */
const SYNC_STEP1 = new Uint8Array([0, 0, 1, 0]);
const isSyncStep2 = (frame: Uint8Array) => frame[0] === 0 && frame[1] === 1;

/**
 * Whether `frame` is a complete y-websocket message, read with Yjs's and lib0's own decoders
 * (the grammar in server/collaboration/yjsMessages.ts), whose update Yjs can apply: the
 * reference for the random frames.
 */
function isWellFormed(frame: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === 0) Y.decodeStateVector(payload);
      else if (step === 1 || step === 2) {
        Y.decodeUpdate(payload);
        // The server also refuses an update Yjs cannot apply. Random structs that apply to an
        // empty document but not to the room's would have to name its writers' random client ids.
        Y.applyUpdate(new Y.Doc(), payload);
      }
      else return false;
    } else if (type === 1) {
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      for (let entries = decoding.readVarUint(update); entries > 0; entries--) {
        decoding.readVarUint(update); // client id
        decoding.readVarUint(update); // clock
        const state: unknown = JSON.parse(decoding.readVarString(update));
        if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return false;
      }
      if (decoding.hasContent(update)) return false;
    } else if (type !== 3) {
      return false;
    }
    return !decoding.hasContent(decoder);
  } catch {
    return false; // a decoder ran past the end or read nonsense: malformed
  }
}

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
  const hostile = async (frame: Uint8Array | string) => {
    const raw = connectRaw(server.url, `/yjs/${workshop.id}/experiences?token=${token}`);
    await raw.opened;
    raw.socket.send(frame);
    return closeCode(raw, `the frame ${JSON.stringify(typeof frame === 'string' ? frame : [...frame])}`);
  };
  /**
   * Sends a well-formed frame, then a sync step 1. The server handles a socket's frames in
   * order, so its answer to the request means the frame was handled, and the socket is still open.
   */
  const handledWithoutClose = async (frame: Uint8Array) => {
    const raw = connectRaw(server.url, `/yjs/${workshop.id}/experiences?token=${token}`);
    await raw.opened;
    let closedWith: number | null = null;
    void raw.closed.then(({ code }) => (closedWith = code));
    raw.socket.send(frame);
    raw.socket.send(SYNC_STEP1);
    // The first sync step 2 answers the frame itself (when it is a sync step 1) or the request after it.
    await waitFor(() => closedWith !== null || raw.received.some(isSyncStep2), 'the answer to the sync step 1');
    expect(closedWith, `the frame ${JSON.stringify([...frame])}`).toBeNull();
    raw.socket.close();
  };
  /** The honest clients still edit and converge. */
  const stillInSync = async (word: string) => {
    honest[0]!.text.insert(0, word);
    await waitFor(() => honest[1]!.text.toString().includes(word), `"${word}" relayed`);
    expect(honest[0]!.text.toString()).toBe(honest[1]!.text.toString());
  };
  return { server, workshop, hostile, handledWithoutClose, stillInSync, honest };
}

describe('hostile frames on the Yjs endpoint', () => {
  it('random bytes close only that connection', async () => {
    const { hostile, handledWithoutClose, stillInSync } = await roomWithHonestClients();
    const seed = Date.now();
    console.info(`random frames seed: ${seed}`);
    const frames = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 256 }), { numRuns: 40, seed });
    for (const frame of frames) {
      // Most random frames are malformed and must close; the rare one that decodes is a legal (if odd) message.
      if (isWellFormed(frame)) await handledWithoutClose(frame);
      else expect(await hostile(frame), `the frame ${JSON.stringify([...frame])}`).toBe(CLOSE_CODES.malformedMessage);
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
    expect(await hostile('a text frame')).toBe(CLOSE_CODES.malformedMessage);
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
    expect(await closeCode(raw, 'the flood')).toBe(CLOSE_CODES.rateLimited);
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
