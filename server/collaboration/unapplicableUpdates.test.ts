/**
 * Updates that decode but cannot be applied. The oracle is the room's own document: whatever a
 * room accepts must be stored, and whatever is stored must replay into that same document.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Identity } from '../../shared/api.js';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import { SECTIONS, type Section } from '../../shared/sections.js';
import { documentJson } from '../exports/documentJson.js';
import { SqliteStore } from '../storage/sqlite/SqliteStore.js';
import type { Store } from '../storage/Store.js';
import { replayDocument } from './replayDocument.js';
import { Room } from './Room.js';
import { RoomRegistry } from './RoomRegistry.js';
import type { RoomConnection } from './RoomConnection.js';
import { readUpdateShape } from './updateShape.js';
import { decodeClientMessage } from './yjsMessages.js';

/** No structs; a deletion of length 0 at clock 5 of client 1. Decodes, then Yjs throws "Unexpected case". */
const ZERO_LENGTH_DELETION = new Uint8Array([0, 1, 1, 1, 5, 0]);

const identity: Identity = { role: 'participant', workshopId: 'w', participantId: 'p', name: 'A', organisation: 'O' };

type TestConnection = RoomConnection & { sent: Uint8Array[]; closedWith: number | null };
function connection(): TestConnection {
  const sent: Uint8Array[] = [];
  const self: TestConnection = {
    identity,
    section: 'plan',
    sent,
    closedWith: null,
    send: (message) => sent.push(message.payload),
    close: (code) => (self.closedWith = code),
  };
  return self;
}

/** A store in a fresh folder whose quarantine is watched: a room must never store what needs it. */
function watchedStore(): { store: Store; quarantined: () => number } {
  const store = SqliteStore.open(fs.mkdtempSync(path.join(os.tmpdir(), 'convene-apply-')));
  let count = 0;
  const watched: Store = Object.create(store) as Store;
  watched.quarantineUpdate = async (...args) => {
    count += 1;
    return store.quarantineUpdate(...args);
  };
  return { store: watched, quarantined: () => count };
}

/** Edits shaped like each section's data model (shared/), so fuzzing mutates real structs. */
const SECTION_EDITS: Record<Section, (doc: Y.Doc, round: number) => void> = {
  experiences: (doc, round) => {
    const card = new Y.Map<unknown>();
    doc.getArray<Y.Map<unknown>>('cards').push([card]);
    card.set('id', `card-${round}`);
    card.set('text', new Y.Text(`Experience ${round}: the ministry replied`));
    card.set('themes', ['women', 'torture']);
  },
  recommendations: (doc, round) => {
    const entry = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>('recommendations').set(`current/${round}`, entry);
    entry.set('text', `Ratify the convention ${round}`);
    entry.set('themeTags', new Y.Map<boolean>([['education', true]]));
    doc.getMap('clusters').set(`c${round}`, new Y.Map<unknown>([['title', `Cluster ${round}`]]));
  },
  plan: (doc, round) => rowEdit(doc, round),
  strategy: (doc, round) => rowEdit(doc, round),
  charter: (doc, round) => {
    const paragraph = new Y.XmlElement('paragraph');
    doc.getXmlFragment('default').insert(0, [paragraph]);
    const text = new Y.XmlText(`Priority ${round}: protect defenders`);
    paragraph.insert(0, [text]);
    text.format(0, 8, { bold: true });
  },
  // Both layouts (shared/responses.ts): top-level texts now, a row's own map in older documents.
  responses: (doc, round) => {
    doc.getMap('positions').set(`row-${round}`, 'accepts');
    doc.getText(`response:row-${round}:ministry`).insert(0, `Ministry of Justice ${round}`);
    const response = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>('responses').set(`row-old-${round}`, response);
    response.set('timeline', new Y.Text(`2027 ${round}`));
  },
};

function rowEdit(doc: Y.Doc, round: number): void {
  const rows = doc.getArray<Y.Map<unknown>>('rows');
  const row = new Y.Map<unknown>();
  rows.push([row]);
  row.set('action', new Y.Text(`Action ${round}`));
  row.set('timeline', '2027');
  if (rows.length > 2) rows.delete(0, 1);
}

/** A writer's updates for `rounds` edits of `section`, starting from `base` (also edits the base's text). */
function writerUpdates(section: Section, base: Uint8Array | null, rounds: number): Uint8Array[] {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, base);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let round = 0; round < rounds; round++) {
    doc.transact(() => SECTION_EDITS[section](doc, round));
    doc.getText('note').insert(0, `n${round}`);
    if (round % 2 === 1) doc.getText('note').delete(0, 2);
  }
  updates.push(Y.encodeStateAsUpdate(doc));
  return updates;
}

/** One honest edit, made against the room's current state. */
function honestEdit(room: Room, word: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  const before = Y.encodeStateVector(doc);
  doc.getText('honest').insert(0, word);
  return Y.encodeStateAsUpdate(doc, before);
}

/** Mutated copies of `corpus` that our frame check accepts (the ones that reach a room). */
function decodableMutations(corpus: Uint8Array[], seed: number, count: number): Uint8Array[] {
  const mutation = fc.record({
    source: fc.nat({ max: corpus.length - 1 }),
    edits: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 3 }),
  });
  return fc
    .sample(mutation, { numRuns: count, seed })
    .map(({ source, edits }) => {
      const update = new Uint8Array(corpus[source]!);
      for (const [at, value] of edits) update[at % update.length] = value;
      return update;
    })
    .filter((update) => {
      try {
        readUpdateShape(update);
        return true;
      } catch {
        return false;
      }
    });
}

/** A document's content as a fresh replica sees it (reading an update names root types even for structs it skips). */
function contentOf(doc: Y.Doc): Record<string, unknown> {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return documentJson(replica);
}

async function expectStoreReplaysRoom(store: Store, room: Room): Promise<void> {
  const { doc } = await replayDocument(store, room.name);
  expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(room.doc));
  expect(contentOf(doc)).toEqual(contentOf(room.doc));
  expect(room.doc.store.pendingStructs ?? room.doc.store.pendingDs).toBeNull();
  doc.destroy();
}

describe('updates that cannot be applied', () => {
  it('are refused with 4400, never stored or relayed, while the rest of their batch is', async () => {
    const { store, quarantined } = watchedStore();
    const room = await Room.load({ name: 'w/plan', store, mayWrite: () => true });
    const reader = connection();
    room.join(reader);
    const [honest, mallory] = [connection(), connection()];
    const [before, after] = writerUpdates('plan', null, 1);
    room.receive(honest, { kind: 'update', update: before!, empty: false });
    room.receive(mallory, { kind: 'update', update: ZERO_LENGTH_DELETION, empty: false });
    room.receive(honest, { kind: 'update', update: after!, empty: false });
    await room.settle();

    expect(mallory.closedWith).toBe(CLOSE_CODES.malformedMessage);
    expect(honest.closedWith).toBeNull();
    expect(room.doc.getArray('rows').length).toBe(1);
    expect(room.doc.getText('note').toString()).toBe('n0');
    expect((await store.loadDocument('w/plan')).updates).toHaveLength(2);
    const relayed = reader.sent.map((frame) => decodeClientMessage(frame)).filter((message) => message.kind === 'update');
    expect(relayed).toHaveLength(1);
    await expectStoreReplaysRoom(store, room);

    room.receive(mallory, { kind: 'update', update: honestEdit(room, 'ignored'), empty: false });
    await room.settle();
    room.receive(honest, { kind: 'update', update: honestEdit(room, 'still'), empty: false });
    await room.settle();
    expect(room.doc.getText('honest').toString()).toBe('still');
    expect(quarantined()).toBe(0);
  });

  it('leave no trace in a document they half-changed: the room rebuilds it from the store', async () => {
    const { store } = watchedStore();
    const room = await Room.load({ name: 'w/plan', store, mayWrite: () => true });
    // Client 99's "abc" in text `t` and k = v in map `m`; then an update that Yjs half-applies:
    // it throws "Unexpected case" after leaving a struct waiting in the document.
    room.receive(connection(), { kind: 'update', update: Buffer.from('0102630004010174036162632801016d016b0177017600', 'hex'), empty: false });
    await room.settle();
    const mallory = connection();
    room.receive(mallory, { kind: 'update', update: Buffer.from('0101070f0880016102000177017800', 'hex'), empty: false });
    await room.settle();
    expect(mallory.closedWith).toBe(CLOSE_CODES.malformedMessage);
    expect(room.doc.store.pendingStructs).toBeNull();
    const { doc } = await replayDocument(store, 'w/plan');
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(Y.encodeStateAsUpdate(doc));
    expect(room.doc.getText('t').toString()).toBe('abc');
  });

  it('never reach a server-side change made while the room rebuilds', async () => {
    const { store } = watchedStore();
    let reopen: () => void = () => undefined;
    let gate: Promise<void> | null = null;
    const slow: Store = Object.create(store) as Store;
    slow.loadDocument = async (name) => {
      await gate;
      return store.loadDocument(name);
    };
    const rooms = new RoomRegistry({ store: slow, idleUnloadMs: 60_000, mayWrite: () => true });
    const writer = connection();
    const room = await rooms.join('w/plan', writer);
    // Client 10's "hello" in text `t`; then client 20's "EVIL" after it, with a deletion of
    // length 0 that makes Yjs throw after integrating "EVIL".
    room.receive(writer, { kind: 'update', update: Buffer.from('01010a00040101740568656c6c6f00', 'hex'), empty: false });
    await room.settle();
    gate = new Promise((resolve) => (reopen = resolve));
    const mallory = connection();
    room.receive(mallory, { kind: 'update', update: Buffer.from('01011400840a04044556494c0101010500', 'hex'), empty: false });
    await vi.waitFor(() => expect(mallory.closedWith).toBe(CLOSE_CODES.malformedMessage));
    // The rebuild now waits for the store; the room's document still holds "EVIL".
    const changing = rooms.change('w/plan', identity, (doc) => doc.getText('t').insert(doc.getText('t').length, ' [imported]'));
    await new Promise((resolve) => setImmediate(resolve));
    reopen();
    expect(await changing).toBe(true);
    expect(room.doc.getText('t').toString()).toBe('hello [imported]');
  });

  it('fail a server-side change without storing it', async () => {
    const { store } = watchedStore();
    const room = await Room.load({ name: 'w/plan', store, mayWrite: () => true });
    await expect(room.submit(connection(), ZERO_LENGTH_DELETION)).rejects.toThrow(/could not be applied/);
    expect((await store.loadDocument('w/plan')).updates).toEqual([]);
  });

  it('fuzzed against empty and populated documents of every section: the room carries on and its store replays it', async () => {
    const seed = Number(process.env.FUZZ_SEED) || Date.now();
    console.info(`unapplicable updates seed: ${seed} (FUZZ_SEED=${seed} repeats this run)`);
    let refused = 0;
    for (const section of SECTIONS) {
      for (const populated of [false, true]) {
        const { store, quarantined } = watchedStore();
        const room = await Room.load({ name: `w/${section}`, store, mayWrite: () => true });
        if (populated) {
          for (const update of writerUpdates(section, null, 6)) room.receive(connection(), { kind: 'update', update, empty: false });
          await room.settle();
        }
        const corpus = writerUpdates(section, Y.encodeStateAsUpdate(room.doc), 4);
        const honest = connection();
        for (const [i, update] of [ZERO_LENGTH_DELETION, ...decodableMutations(corpus, seed + seedOffset(section, populated), 400)].entries()) {
          const mallory = connection();
          room.receive(mallory, { kind: 'update', update, empty: false });
          room.receive(honest, { kind: 'update', update: honestEdit(room, `<${i}>`), empty: false });
          await room.settle();
          if (mallory.closedWith !== null) {
            expect(mallory.closedWith).toBe(CLOSE_CODES.malformedMessage);
            refused += 1;
          }
          expect(room.doc.getText('honest').toString()).toContain(`<${i}>`);
        }
        expect(honest.closedWith).toBeNull();
        await expectStoreReplaysRoom(store, room);
        expect(quarantined()).toBe(0);
      }
    }
    // The zero-length deletion is refused in each of the ten rooms, and the mutations find more.
    expect(refused).toBeGreaterThan(SECTIONS.length * 2);
  }, 60_000);
});

/** A distinct seed offset per section and base, so every room sees other mutations. */
function seedOffset(section: Section, populated: boolean): number {
  return SECTIONS.indexOf(section) * 2 + (populated ? 1 : 0);
}

describe('updates whose dependencies the server lacks', () => {
  /** "hidden" typed by a writer who never sent it, then an edit after it: the orphan. */
  function orphan(): { missing: Uint8Array; orphan: Uint8Array } {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hidden ');
    const missing = Y.encodeStateAsUpdate(doc);
    doc.getText('t').insert(7, 'orphan');
    return { missing, orphan: Y.encodeStateAsUpdate(doc, Y.encodeStateVectorFromUpdate(missing)) };
  }

  it('are set aside and their sender asked, less and less often, then sent to reconnect', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { store } = watchedStore();
      const room = await Room.load({ name: 'w/plan', store, mayWrite: () => true });
      const sender = connection();
      room.join(sender);
      const asks = () => sender.sent.filter((frame) => decodeClientMessage(frame).kind === 'sync-step1').length - 1;
      const send = async (update: Uint8Array) => {
        room.receive(sender, { kind: 'update', update, empty: false });
        await room.settle();
      };
      const { missing, orphan: waiting } = orphan();
      await send(waiting);
      expect(asks()).toBe(1);
      await send(waiting); // within the first second: not asked again
      expect(asks()).toBe(1);
      vi.advanceTimersByTime(1000);
      await send(waiting);
      vi.advanceTimersByTime(2000);
      await send(waiting);
      expect(asks()).toBe(3);
      expect(sender.closedWith).toBeNull();
      vi.advanceTimersByTime(4000);
      await send(waiting);
      expect(sender.closedWith).toBe(CLOSE_CODES.documentReloading);
      expect(room.doc.store.pendingStructs).toBeNull();
      expect((await store.loadDocument('w/plan')).updates).toEqual([]);

      // What the sender sends with the missing part is taken in whole.
      await send(Y.mergeUpdates([missing, waiting]));
      expect(room.doc.getText('t').toString()).toBe('hidden orphan');
    } finally {
      vi.useRealTimers();
    }
  });

  it('stored by an older version, are replayed as the room applies them: set aside, even when the missing part comes later', async () => {
    const { store } = watchedStore();
    const { missing, orphan: waiting } = orphan();
    await store.appendUpdates('w/plan', [waiting, missing]);
    const room = await Room.load({ name: 'w/plan', store, mayWrite: () => true });
    expect(room.doc.getText('t').toString()).toBe('hidden ');
    expect(room.doc.store.pendingStructs).toBeNull();
  });
});

describe('a stored log that holds an update Yjs cannot apply (written by an older version)', () => {
  it('loads without it: the update is quarantined once, with a warning, and every other edit stays', async () => {
    const { store, quarantined } = watchedStore();
    const [first, second] = writerUpdates('plan', null, 1);
    await store.appendUpdates('w/plan', [first!, ZERO_LENGTH_DELETION, second!]);
    const warn = vi.spyOn((await import('../logger.js')).log, 'warn');

    const room = await Room.load({ name: 'w/plan', store, mayWrite: () => true });
    const expected = new Y.Doc();
    Y.applyUpdate(expected, first!);
    Y.applyUpdate(expected, second!);
    expect(documentJson(room.doc)).toEqual(documentJson(expected));
    expect(quarantined()).toBe(1);
    expect(warn).toHaveBeenCalledWith('document.update_quarantined', expect.objectContaining({ document: 'w/plan', reason: 'Unexpected case' }));

    const again = await replayDocument(store, 'w/plan');
    expect(documentJson(again.doc)).toEqual(documentJson(expected));
    expect(quarantined()).toBe(1);
    warn.mockRestore();
  });
});
