/**
 * Updates that decode but that Yjs cannot apply, and updates whose dependencies nobody holds,
 * sent to the real server as an attacker or an unlucky client would.
 */
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { readUpdateShape } from '../../server/collaboration/updateShape.js';
import { SqliteStore } from '../../server/storage/sqlite/SqliteStore.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';
import { connectRaw, connectStock, type StockClient, synced } from '../support/yjsClients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** No structs; a deletion of length 0. Decodes, then Yjs throws "Unexpected case". */
const ZERO_LENGTH_DELETION = new Uint8Array([0, 1, 1, 1, 5, 0]);
const EXPORTS = ['record.json', 'charter.md', 'plan.csv', 'experiences.csv', 'archive.zip'];

function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Mutations of edits to `honest`'s document that pass the frame check but throw when applied to it. */
function unapplicableMutations(honest: Y.Doc, count: number): Uint8Array[] {
  const edits: Uint8Array[] = [];
  const writer = new Y.Doc();
  Y.applyUpdate(writer, Y.encodeStateAsUpdate(honest));
  writer.on('update', (update: Uint8Array) => edits.push(update));
  for (let i = 0; i < 5; i++) writer.getText('probe').insert(i, `edit ${i} `);
  writer.getText('probe').delete(2, 6);
  writer.getMap('cards').set('card', new Y.Map([['title', 'A card']]));
  let seed = 42;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % below;
  };
  const found: Uint8Array[] = [];
  for (let i = 0; found.length < count && i < 100_000; i++) {
    const update = new Uint8Array(edits[random(edits.length)]!);
    for (let changes = 1 + random(3); changes > 0; changes--) update[random(update.length)] = random(256);
    if (decodes(update) && throwsOn(honest, update)) found.push(update);
  }
  return found;
}

function decodes(update: Uint8Array): boolean {
  try {
    readUpdateShape(update);
    return true;
  } catch {
    return false;
  }
}

function throwsOn(doc: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  try {
    Y.applyUpdate(copy, update);
    return false;
  } catch {
    return true;
  }
}

async function fetchExport(url: string, workshop: CreateWorkshopResponse, file: string): Promise<number> {
  const response = await fetch(`${url}/api/workshops/${workshop.id}/export/${file}`, {
    headers: { authorization: `Bearer ${workshop.facilitatorToken}` },
  });
  await response.arrayBuffer();
  return response.status;
}

async function stockClient(url: string, workshop: CreateWorkshopResponse, token: string): Promise<StockClient> {
  const client = connectStock(url, workshop.id, 'experiences', token);
  cleanups.push(() => client.destroy());
  await synced(client);
  return client;
}

describe('an update that decodes but cannot be applied', () => {
  it('closes its sender with 4400; honest clients carry on, every export answers, a restart loads every honest edit', async () => {
    const server = await startTestServer();
    let running = server;
    cleanups.push(() => running.close());
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const { token: malloryToken } = await joinWorkshop(server.url, workshop, 'Mallory');
    const alice = await stockClient(server.url, workshop, (await joinWorkshop(server.url, workshop, 'Alice')).token);
    const facilitator = await stockClient(server.url, workshop, workshop.facilitatorToken);
    alice.text.insert(0, 'honest ');
    await waitFor(() => facilitator.text.toString() === 'honest ', 'first edit relayed');

    const attacks = [ZERO_LENGTH_DELETION, ...unapplicableMutations(facilitator.doc, 4)];
    expect(attacks.length).toBe(5);
    for (const [i, update] of attacks.entries()) {
      const mallory = connectRaw(server.url, `/yjs/${workshop.id}/experiences?token=${malloryToken}`);
      await mallory.opened;
      mallory.socket.send(syncUpdateFrame(update));
      expect((await mallory.closed).code).toBe(CLOSE_CODES.malformedMessage);
      alice.text.insert(alice.text.length, `${i} `);
      await waitFor(() => facilitator.text.toString().endsWith(`${i} `), `edit ${i} relayed`);
    }
    expect(alice.text.toString()).toBe('honest 0 1 2 3 4 ');
    for (const file of EXPORTS) expect(await fetchExport(server.url, workshop, file), file).toBe(200);

    await server.close();
    running = await startTestServer({ dataDir: server.dataDir });
    const reader = await stockClient(running.url, workshop, workshop.facilitatorToken);
    expect(reader.text.toString()).toBe('honest 0 1 2 3 4 ');
  });

  it('stored by an older version, is set aside on load: the section, its exports and a restart work', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const writer = await stockClient(server.url, workshop, workshop.facilitatorToken);
    writer.text.insert(0, 'kept');
    await waitFor(async () => (await fetchExport(server.url, workshop, 'record.json')) === 200, 'stored');
    writer.destroy();
    await server.close();
    const store = SqliteStore.open(server.dataDir);
    await store.appendUpdates(`${workshop.id}/experiences`, [ZERO_LENGTH_DELETION]);
    await store.close();

    const restarted = await startTestServer({ dataDir: server.dataDir });
    cleanups.push(() => restarted.close());
    for (const file of EXPORTS) expect(await fetchExport(restarted.url, workshop, file), file).toBe(200);
    const reader = await stockClient(restarted.url, workshop, workshop.facilitatorToken);
    expect(reader.text.toString()).toBe('kept');
    reader.text.insert(4, ' and more');
    const other = await stockClient(restarted.url, workshop, workshop.facilitatorToken);
    await waitFor(() => other.text.toString() === 'kept and more', 'edits after the quarantine');
  });
});

describe('an update whose dependencies nobody holds', () => {
  it('plus honest typing is stored and relayed once per edit, not in a storm', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const alice = await stockClient(server.url, workshop, (await joinWorkshop(server.url, workshop, 'Alice')).token);
    const bob = await stockClient(server.url, workshop, (await joinWorkshop(server.url, workshop, 'Bob')).token);
    const projector = connectRaw(server.url, `/yjs/${workshop.id}/experiences?token=${workshop.projectorToken}`);
    cleanups.push(() => projector.socket.close());
    await projector.opened;

    // The orphan: typed after text its author never sent (as after typing in a locked section).
    const { token: malloryToken } = await joinWorkshop(server.url, workshop, 'Mallory');
    const lost = new Y.Doc();
    lost.getText('probe').insert(0, 'never sent ');
    const sentBefore = Y.encodeStateVector(lost);
    lost.getText('probe').insert(11, 'orphan');
    const orphan = Y.encodeStateAsUpdate(lost, sentBefore);
    const mallory = connectRaw(server.url, `/yjs/${workshop.id}/experiences?token=${malloryToken}`);
    cleanups.push(() => mallory.socket.close());
    await mallory.opened;
    mallory.socket.send(syncUpdateFrame(orphan));
    // The server asks its sender for what is missing (a second sync step 1 after the join's).
    const asks = () => mallory.received.filter((frame) => frame[0] === 0 && frame[1] === 0).length;
    await waitFor(() => asks() === 2, 'the orphan handled: its sender asked for what is missing');
    expect(alice.doc.store.pendingStructs).toBeNull();

    const before = projector.received.length;
    const keystrokes = 20;
    for (let i = 0; i < keystrokes; i++) {
      const typist = i % 2 === 0 ? alice : bob;
      typist.text.insert(0, 'x');
      // Typing at about ten keystrokes a second, each seen by the other typist before the next.
      await Promise.all([
        waitFor(() => alice.text.length === i + 1 && bob.text.length === i + 1, `keystroke ${i} relayed`),
        new Promise((resolve) => setTimeout(resolve, 100)),
      ]);
    }
    await waitFor(() => projector.received.length >= before + keystrokes, 'the projector saw every keystroke');
    // Each keystroke is one stored, relayed update; a few frames more (awareness) are fine, a storm is not.
    expect(projector.received.length - before).toBeLessThanOrEqual(keystrokes + 10);
    expect(alice.text.toString()).toBe('x'.repeat(keystrokes));
    expect(asks()).toBeLessThanOrEqual(4);
  });
});
