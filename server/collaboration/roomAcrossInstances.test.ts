/**
 * Two rooms of one document on two "instances" (two PostgreSQL stores on one schema), with the
 * fan-out's messages delivered by hand: late, twice, or never.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Identity } from '../../shared/api.js';
import { dropSchemas, freshSchemaName, requirePostgres, urlWithSchema } from '../../tests/support/postgres.js';
import { PostgresStore } from '../storage/postgres/PostgresStore.js';
import type { DocumentLink } from './DocumentFanOut.js';
import { Room } from './Room.js';
import { serverSideConnection } from './RoomConnection.js';

const identity: Identity = { role: 'participant', workshopId: 'w', participantId: 'p', name: 'A', organisation: 'O' };
const schemas: string[] = [];
const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});
afterAll(() => dropSchemas(schemas));

interface Published {
  from: number;
  to: number;
  update: Uint8Array;
}

/** A room on its own store of the shared schema; what it publishes is kept, not sent. */
async function instance(databaseUrl: string) {
  const store = await PostgresStore.open(databaseUrl);
  const published: Published[] = [];
  const link = {
    publishUpdate: (from: number, to: number, update: Uint8Array) => published.push({ from, to, update }),
    publishAwareness: () => undefined,
    close: async () => undefined,
  } as unknown as DocumentLink;
  const room = await Room.load({ name: 'w/plan', store, mayWrite: () => true, shared: { link, documents: store } });
  closing.push(async () => {
    await room.close();
    await store.close();
  });
  const type = async (text: string) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
    let update: Uint8Array | null = null;
    doc.on('update', (u: Uint8Array) => (update = u));
    doc.getText('t').insert(doc.getText('t').length, text);
    await room.submit(serverSideConnection(identity, 'plan'), update!);
  };
  return { room, published, type, text: () => room.doc.getText('t').toString() };
}

async function twoInstances() {
  await requirePostgres();
  const schema = freshSchemaName();
  schemas.push(schema);
  return [await instance(urlWithSchema(schema)), await instance(urlWithSchema(schema))] as const;
}

describe('a room fed by another instance', () => {
  it('applies batches in order, ignores one heard twice, and reads a skipped one from PostgreSQL', async () => {
    const [a, b] = await twoInstances();
    await a.type('one ');
    await a.type('two ');
    await a.type('three ');
    expect(a.published.map((p) => [p.from, p.to])).toEqual([[1, 1], [2, 2], [3, 3]]);

    b.room.applyRemote(a.published[0]!.from, a.published[0]!.to, a.published[0]!.update);
    expect(b.text()).toBe('one ');
    b.room.applyRemote(a.published[0]!.from, a.published[0]!.to, a.published[0]!.update);
    expect(b.room.seq).toBe(1);
    // The second message was lost: the third shows the gap, and the room fills it from the store.
    b.room.applyRemote(a.published[2]!.from, a.published[2]!.to, a.published[2]!.update);
    await expect.poll(() => b.text(), { timeout: 5000 }).toBe('one two three ');
    expect(b.room.seq).toBe(3);
  });

  it('a lost last message is found by the head check, and an own commit after a foreign one reads it first', async () => {
    const [a, b] = await twoInstances();
    await a.type('one ');
    // Nothing delivered. B's own commit gets number 2, so B knows it lacks 1.
    await b.type('two ');
    await expect.poll(() => b.room.seq, { timeout: 5000 }).toBe(2);
    expect(b.text()).toContain('one ');
    expect(b.published.map((p) => [p.from, p.to])).toEqual([[2, 2]]);

    // A never heard B: what the head check does when the head is ahead.
    expect(a.room.seq).toBe(1);
    a.room.catchUp();
    await expect.poll(() => a.text(), { timeout: 5000 }).toBe(b.text());
    expect(a.room.seq).toBe(2);
  });

  it('two rooms compacting one document with different positions lose nothing', async () => {
    const [a, b] = await twoInstances();
    for (let i = 0; i < 5; i++) await a.type(`a${i} `);
    for (const p of a.published) b.room.applyRemote(p.from, p.to, p.update);
    await b.type('b ');
    // B holds 1..6, A only 1..5: A's later, older snapshot must not replace B's.
    await b.room.close();
    await a.room.close();
    const store = await PostgresStore.open(urlWithSchema(schemas.at(-1)!));
    closing.push(() => store.close());
    const stored = await store.loadDocument('w/plan');
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update.data);
    expect(doc.getText('t').toString()).toBe('a0 a1 a2 a3 a4 b ');
  });
});
