import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Identity } from '../../shared/api.js';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import { LIMITS } from '../../shared/limits.js';
import { SqliteStore } from '../storage/sqlite/SqliteStore.js';
import type { Store } from '../storage/Store.js';
import { Room } from './Room.js';
import type { RoomConnection } from './RoomConnection.js';
import { decodeClientMessage } from './yjsMessages.js';
import { RoomRegistry } from './RoomRegistry.js';

const identity: Identity = { role: 'participant', workshopId: 'w', participantId: 'p', name: 'A', organisation: 'O' };
const connection = (): RoomConnection & { sent: Uint8Array[] } => {
  const sent: Uint8Array[] = [];
  return { identity, section: 'plan', sent, send: (m) => sent.push(m.payload), close: () => undefined };
};
const openStore = () => SqliteStore.open(fs.mkdtempSync(path.join(os.tmpdir(), 'convene-room-')));

/** `count` one-character edits from one writer, each as its own update. */
/** A fresh store whose compactions are counted. */
function storeCountingCompactions(): { store: Store; compactions: () => number } {
  const store = openStore();
  let count = 0;
  const watched: Store = Object.create(store) as Store;
  watched.compact = async (...args) => {
    count += 1;
    return store.compact(...args);
  };
  return { store: watched, compactions: () => count };
}

function edits(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i++) doc.getText('t').insert(i, String(i % 10));
  return updates;
}

describe('Room', () => {
  it('stores a batch before relaying it, as one merged message', async () => {
    const store = openStore();
    const order: string[] = [];
    const watched: Store = Object.create(store) as Store;
    watched.appendUpdates = async (name, updates) => {
      order.push(`stored ${updates.length}`);
      return store.appendUpdates(name, updates);
    };
    const room = await Room.load({ name: 'w/plan', store: watched, mayWrite: () => true });
    const reader = connection();
    room.join(reader);
    reader.send = () => order.push('relayed');
    for (const update of edits(5)) room.receive(connection(), { kind: 'update', update, empty: false });
    await room.settle();
    expect(order).toEqual(['stored 5', 'relayed']);
    expect(room.doc.getText('t').toString()).toBe('01234');
  });

  it('relays a batch as one update that brings every receiver to the stored text', async () => {
    const room = await Room.load({ name: 'w/plan', store: openStore(), mayWrite: () => true });
    const reader = connection();
    room.join(reader);
    const joined = reader.sent.length;
    for (const update of edits(5)) room.receive(connection(), { kind: 'update', update, empty: false });
    await room.settle();
    const relayed = reader.sent.slice(joined).map((frame) => decodeClientMessage(frame));
    expect(relayed.map((message) => message.kind)).toEqual(['update']);
    const receiver = new Y.Doc();
    if (relayed[0]?.kind === 'update') Y.applyUpdate(receiver, relayed[0].update);
    expect(receiver.getText('t').toString()).toBe('01234');
  });

  it('relays nothing and answers no sync while the store fails, then both once it is stored', async () => {
    const store = openStore();
    const failing: Store = Object.create(store) as Store;
    let attempts = 0;
    failing.appendUpdates = async (name, updates) => {
      if (++attempts === 1) throw new Error('disk full');
      return store.appendUpdates(name, updates);
    };
    const room = await Room.load({ name: 'w/plan', store: failing, mayWrite: () => true });
    const reader = connection();
    room.join(reader);
    const before = reader.sent.length;
    room.receive(connection(), { kind: 'update', update: edits(1)[0]!, empty: false });
    await vi.waitFor(() => expect(attempts).toBe(1));
    const joiner = connection();
    room.receive(joiner, { kind: 'sync-step1', stateVector: Y.encodeStateVector(new Y.Doc()) });
    expect(reader.sent.length).toBe(before);
    expect(joiner.sent).toEqual([]);
    await room.settle();
    expect(attempts).toBe(2);
    expect(reader.sent.length).toBe(before + 1);
    const answer = decodeClientMessage(joiner.sent[0]!);
    const synced = new Y.Doc();
    if (answer.kind === 'sync-step2') Y.applyUpdate(synced, answer.update);
    expect(synced.getText('t').toString()).toBe('0');
  });

  it('answers a sync step 1 after the updates received before it are stored and relayed', async () => {
    const room = await Room.load({ name: 'w/plan', store: openStore(), mayWrite: () => true });
    const writer = connection();
    room.join(writer);
    const joined = writer.sent.length;
    room.receive(writer, { kind: 'update', update: edits(1)[0]!, empty: false });
    room.receive(writer, { kind: 'sync-step1', stateVector: Y.encodeStateVector(new Y.Doc()) });
    expect(writer.sent.length).toBe(joined);
    await room.settle();
    const [echo, answer] = writer.sent.slice(joined).map((frame) => decodeClientMessage(frame));
    expect(echo?.kind).toBe('update');
    const synced = new Y.Doc();
    if (answer?.kind === 'sync-step2') Y.applyUpdate(synced, answer.update);
    expect(synced.getText('t').toString()).toBe('0');
  });

  it('gives up a store that fails while it closes, and then refuses to settle: its document may lack what was sent', async () => {
    const store = openStore();
    const failing: Store = Object.create(store) as Store;
    failing.appendUpdates = () => Promise.reject(new Error('disk gone'));
    const room = await Room.load({ name: 'w/plan', store: failing, mayWrite: () => true });
    const writer = connection();
    room.join(writer);
    room.receive(writer, { kind: 'update', update: edits(1)[0]!, empty: false });
    await room.close();
    await expect(room.settle()).rejects.toThrow(/faulted/);
  });

  it('compacts its log into a snapshot that loads the same document', async () => {
    const store = openStore();
    const room = await Room.load({ name: 'w/plan', store, mayWrite: () => true });
    const all = edits(LIMITS.compactAfterUpdates + 20);
    for (const update of all) {
      room.receive(connection(), { kind: 'update', update, empty: false });
      await room.settle();
    }
    const stored = await store.loadDocument('w/plan');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(LIMITS.compactAfterUpdates);
    const reloaded = await Room.load({ name: 'w/plan', store, mayWrite: () => true });
    expect(reloaded.doc.getText('t').toString()).toBe(room.doc.getText('t').toString());
    expect(reloaded.doc.getText('t').length).toBe(all.length);
  });

  it('stores a quiet room\'s update on the next turn, and what one turn read in one commit', async () => {
    const store = openStore();
    let commits = 0;
    const counted: Store = Object.create(store) as Store;
    counted.appendUpdates = async (name, updates) => {
      commits += 1;
      return store.appendUpdates(name, updates);
    };
    const room = await Room.load({ name: 'w/plan', store: counted, mayWrite: () => true });
    const [first, ...rest] = edits(21);
    room.receive(connection(), { kind: 'update', update: first!, empty: false });
    await new Promise((resolve) => setImmediate(resolve));
    expect(commits).toBe(1);
    for (const update of rest) room.receive(connection(), { kind: 'update', update, empty: false });
    await room.settle();
    expect(commits).toBe(2);
    expect(room.doc.getText('t').length).toBe(21);
  });

  it('batches what arrives while a commit is in flight, so a room that falls behind catches up', async () => {
    const store = openStore();
    const batches: number[] = [];
    const slow: Store = Object.create(store) as Store;
    slow.appendUpdates = async (name, updates) => {
      batches.push(updates.length);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return store.appendUpdates(name, updates);
    };
    const room = await Room.load({ name: 'w/plan', store: slow, mayWrite: () => true });
    // 30 updates, one every 2 ms, against a store that takes 20 ms a commit.
    for (const update of edits(30)) {
      room.receive(connection(), { kind: 'update', update, empty: false });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await room.settle();
    expect(batches.reduce((sum, size) => sum + size, 0)).toBe(30);
    expect(batches.length).toBeLessThan(8);
    expect(room.doc.getText('t').length).toBe(30);
  });

  it('answers clients asking with one state vector with one encoding, until the document changes', async () => {
    const room = await Room.load({ name: 'w/plan', store: openStore(), mayWrite: () => true });
    const [late, ...early] = edits(4).reverse();
    for (const update of early.reverse()) room.receive(connection(), { kind: 'update', update, empty: false });
    await room.settle();
    // Two clients that were in sync before the Wi-Fi dropped come back with the same vector.
    const behind = new Y.Doc();
    Y.applyUpdate(behind, Y.encodeStateAsUpdate(room.doc));
    const vector = Y.encodeStateVector(behind);
    const [first, second] = [connection(), connection()];
    room.receive(first, { kind: 'sync-step1', stateVector: vector });
    room.receive(second, { kind: 'sync-step1', stateVector: vector });
    expect(second.sent[0]).toBe(first.sent[0]);

    room.receive(connection(), { kind: 'update', update: late!, empty: false });
    await room.settle();
    const third = connection();
    room.receive(third, { kind: 'sync-step1', stateVector: vector });
    expect(third.sent[0]).not.toBe(first.sent[0]);
    const answer = decodeClientMessage(third.sent[0]!);
    if (answer.kind === 'sync-step2') Y.applyUpdate(behind, answer.update);
    expect(behind.getText('t').toString()).toBe('0123');
  });

  it('stores no empty update (every stock client sends one after syncing)', async () => {
    const store = openStore();
    const room = await Room.load({ name: 'w/plan', store, mayWrite: () => true });
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    room.receive(connection(), { kind: 'sync-step2', update: empty, empty: true });
    await room.settle();
    expect((await store.loadDocument('w/plan')).updates).toHaveLength(0);
  });

  it('drops updates the write policy refuses', async () => {
    const store = openStore();
    const room = await Room.load({ name: 'w/plan', store, mayWrite: () => false });
    room.receive(connection(), { kind: 'update', update: edits(1)[0]!, empty: false });
    await room.settle();
    expect((await store.loadDocument('w/plan')).updates).toHaveLength(0);
  });
});

describe('RoomRegistry', () => {
  it('unloads an idle room after storing it, and loads it again on the next join', async () => {
    const store = openStore();
    const rooms = new RoomRegistry({ store, idleUnloadMs: 20, mayWrite: () => true });
    const first = connection();
    const room = await rooms.join('w/plan', first);
    room.receive(first, { kind: 'update', update: edits(1)[0]!, empty: false });
    rooms.leave(room, first);
    await vi.waitFor(async () => expect((await store.loadDocument('w/plan')).snapshot).not.toBeNull());
    expect(rooms.loadedRooms()).toEqual([]);

    const again = await rooms.join('w/plan', connection());
    expect(again).not.toBe(room);
    expect(again.doc.getText('t').toString()).toBe('0');
  });
});

describe('RoomRegistry, when a room faults after storing', () => {
  it('sends everyone away to reconnect, compacts nothing, and loads the stored document on the next join', async () => {
    const { store: watched, compactions } = storeCountingCompactions();
    const rooms = new RoomRegistry({ store: watched, idleUnloadMs: 20, mayWrite: () => true });
    const writer = connection();
    const closes: number[] = [];
    writer.close = (code) => closes.push(code);
    const room = await rooms.join('w/plan', writer);
    // A receiver whose send throws stands for any throw after the commit (relay or apply).
    const broken = connection();
    await rooms.join('w/plan', broken);
    broken.send = () => {
      throw new Error('socket exploded');
    };

    room.receive(writer, { kind: 'update', update: edits(1)[0]!, empty: false });
    await expect(room.settle()).rejects.toThrow(/faulted/);
    expect(closes).toEqual([CLOSE_CODES.documentReloading]);
    expect(rooms.loadedRooms()).toEqual([]);
    await room.close();
    expect(compactions()).toBe(0);

    // The update was stored before the relay threw: the reloaded room holds it.
    const again = await rooms.join('w/plan', connection());
    expect(again).not.toBe(room);
    expect(again.doc.getText('t').toString()).toBe('0');
    await expect(room.submit(writer, edits(2)[1]!)).rejects.toThrow(/faulted/);
  });
});

describe('Room, faulting while it closes', () => {
  it('compacts nothing from a document that may lack what was stored', async () => {
    const { store: watched, compactions } = storeCountingCompactions();
    const room = await Room.load({ name: 'w/plan', store: watched, mayWrite: () => true });
    const broken = connection();
    room.join(broken);
    broken.send = () => {
      throw new Error('socket exploded');
    };
    room.receive(connection(), { kind: 'update', update: edits(1)[0]!, empty: false });
    // The unload's final store relays, the relay throws: the room faults inside close().
    await room.close();
    expect(compactions()).toBe(0);
    expect((await watched.loadDocument('w/plan')).updates).toHaveLength(1);
  });
});

describe('RoomRegistry.change', () => {
  it('stores a server-side edit before relaying it to the room', async () => {
    const store = openStore();
    const rooms = new RoomRegistry({ store, idleUnloadMs: 20, mayWrite: () => true });
    const reader = connection();
    const room = await rooms.join('w/recommendations', reader);
    const sentBefore = reader.sent.length;
    const changed = await rooms.change('w/recommendations', { ...identity, role: 'facilitator' }, (doc) =>
      doc.getMap('recommendations').set('84.1', 'Ratify the Convention on Enforced Disappearance'),
    );
    expect(changed).toBe(true);
    expect(reader.sent.length).toBe(sentBefore + 1);
    expect(room.doc.getMap('recommendations').get('84.1')).toBe('Ratify the Convention on Enforced Disappearance');
    expect((await store.loadDocument('w/recommendations')).updates).toHaveLength(1);
    expect(await rooms.change('w/recommendations', identity, () => undefined)).toBe(false);
  });
});

describe('Room, the whole state a cold join downloads over HTTP', () => {
  it('waits until the updates received before it are stored, and is never ahead of the store', async () => {
    const store = openStore();
    const held: Store = Object.create(store) as Store;
    let release!: () => void;
    const stored = new Promise<void>((resolve) => (release = resolve));
    held.appendUpdates = async (name, updates) => {
      await stored;
      return store.appendUpdates(name, updates);
    };
    const room = await Room.load({ name: 'w/plan', store: held, mayWrite: () => true });
    const writer = connection();
    room.join(writer);
    room.receive(writer, { kind: 'update', update: edits(1)[0]!, empty: false });
    let answered = false;
    const reading = room.wholeState().then((state) => ((answered = true), state));
    // The update is applied on the next turn and its store is held: no answer may come before it is stored.
    await vi.waitFor(() => expect(room.doc.getText('t').toString()).toBe('0'));
    expect(answered).toBe(false);
    release();
    const joined = new Y.Doc();
    Y.applyUpdate(joined, (await reading).update);
    expect(joined.getText('t').toString()).toBe('0');
  });

  it('compresses once per document version, and a change makes a new one', async () => {
    const room = await Room.load({ name: 'w/plan', store: openStore(), mayWrite: () => true });
    const writer = connection();
    room.join(writer);
    const first = await room.wholeState();
    expect(await room.wholeState()).toBe(first);
    expect(first.compressed('br')).toBe(first.compressed('br'));
    room.receive(writer, { kind: 'update', update: edits(1)[0]!, empty: false });
    const second = await room.wholeState();
    expect(second).not.toBe(first);
    const joined = new Y.Doc();
    Y.applyUpdate(joined, zlib.brotliDecompressSync(await second.compressed('br')));
    Y.applyUpdate(joined, zlib.gunzipSync(await second.compressed('gzip')));
    expect(joined.getText('t').toString()).toBe('0');
  });

  it('refuses, instead of hanging, once the room faulted', async () => {
    const store = openStore();
    const failing: Store = Object.create(store) as Store;
    failing.appendUpdates = () => Promise.reject(new Error('disk gone'));
    const room = await Room.load({ name: 'w/plan', store: failing, mayWrite: () => true });
    const writer = connection();
    room.join(writer);
    room.receive(writer, { kind: 'update', update: edits(1)[0]!, empty: false });
    const reading = room.wholeState();
    await room.close();
    await expect(reading).rejects.toThrow(/faulted/);
    await expect(room.wholeState()).rejects.toThrow(/faulted/);
  });
});
