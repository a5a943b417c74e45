import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { waitFor } from '../../../tests/support/waitFor.js';
import { storeContract } from '../storeContract.testSuite.js';
import type { StoredUpdate } from '../Store.js';
import { SqliteStore } from './SqliteStore.js';

const freshFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'convene-store-'));

storeContract('SQLite', async () => SqliteStore.open(freshFolder()));

/**
 * The data folder as a crash leaves it. A crash of the process leaves what the OS holds of each
 * file, the WAL included; `databaseOnly` keeps the database file alone, which is what a power cut
 * leaves of the writes that no checkpoint has put on disk yet (the WAL's unflushed frames).
 */
function crashImage(dataDir: string, { databaseOnly = false } = {}): string {
  const image = freshFolder();
  const names = databaseOnly ? ['convene.sqlite'] : ['convene.sqlite', 'convene.sqlite-wal'];
  for (const name of names) {
    if (fs.existsSync(path.join(dataDir, name))) fs.copyFileSync(path.join(dataDir, name), path.join(image, name));
  }
  return image;
}

/** The plan's updates as a store opened on `dataDir` finds them. */
async function storedPlan(dataDir: string): Promise<string[]> {
  const store = SqliteStore.open(dataDir);
  try {
    return texts((await store.loadDocument('w1/plan')).updates);
  } finally {
    await store.close();
  }
}

/** The participants' names in the database file alone, read without opening a store. */
function participantsInDatabaseFile(dataDir: string): string[] {
  const image = crashImage(dataDir, { databaseOnly: true });
  const db = new Database(path.join(image, 'convene.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT name FROM participants ORDER BY created_at').pluck().all() as string[];
  } finally {
    db.close();
  }
}

const texts = (updates: StoredUpdate[]) =>
  updates.map(({ data }) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, data);
    return doc.getText('t').toString();
  });

function update(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const participant = (n: number) => ({
  participant: { id: `p${n}`, workshopId: 'w1', name: `Delegate ${n}`, organisation: 'Globe', createdAt: n },
  token: { hash: `hash-${n}`, workshopId: 'w1', role: 'participant' as const, participantId: `p${n}` },
});

async function storeWithWorkshop(dataDir: string): Promise<SqliteStore> {
  const store = SqliteStore.open(dataDir);
  await store.createWorkshop(
    { id: 'w1', title: 'UPR follow-up', country: 'Mongolia', startsOn: null, endsOn: null, joinCode: 'ABCDEF', createdAt: 1 },
    [],
  );
  return store;
}

/** Checkpoints asked of the worker thread, by mode. */
function checkpointsAsked(): string[] {
  const asked: string[] = [];
  const post = Worker.prototype.postMessage;
  vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, message: { mode: string }) {
    asked.push(message.mode);
    post.call(this, message);
  });
  return asked;
}

describe('SQLite durability', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps a Yjs update where a crash of the process finds it the moment the append returns, before any checkpoint', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    await store.appendUpdates('w1/plan', [update('Ratify OP-CAT')]);
    await store.appendUpdates('w1/plan', [update('Adopt a torture law')]);
    // Copied in the same turn: the room relays here, and no checkpoint has run yet.
    expect(await storedPlan(crashImage(dataDir))).toEqual(['Ratify OP-CAT', 'Adopt a torture law']);
    await store.close();
  });

  it('puts committed updates into the database file in the background, with no call waiting for it', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    await store.appendUpdates('w1/plan', [update('Ratify OP-CAT')]);
    // What a power cut would leave, once the worker's checkpoint (flush, copy, flush) has run.
    await waitFor(async () => (await storedPlan(crashImage(dataDir, { databaseOnly: true }))).length === 1, 'the update checkpointed');
    expect(await storedPlan(crashImage(dataDir, { databaseOnly: true }))).toEqual(['Ratify OP-CAT']);
    await store.close();
  });

  it('reports a write only the server holds (a new participant) done only once it is in the database file', async () => {
    const dataDir = freshFolder();
    const store = await storeWithWorkshop(dataDir);
    for (let n = 1; n <= 3; n++) {
      await store.addParticipant(participant(n).participant, participant(n).token);
      expect(participantsInDatabaseFile(dataDir)).toHaveLength(n);
    }
    await store.close();
  });

  it('lets a burst of writes share checkpoints', async () => {
    const store = await storeWithWorkshop(freshFolder());
    const asked = checkpointsAsked();
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.addParticipant(participant(i + 1).participant, participant(i + 1).token)));
    expect(await store.listParticipants('w1')).toHaveLength(30);
    // One checkpoint for the first write, one for the other 29 (and a retry if a reader held frames).
    expect(asked.length).toBeLessThanOrEqual(4);
    await store.close();
  });

  it('checkpoints at most once per interval under load, not once per edit', async () => {
    const store = SqliteStore.open(freshFolder());
    const asked = checkpointsAsked();
    for (let i = 0; i < 50; i++) {
      await store.appendUpdates('w1/plan', [update(`edit ${i}`)]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(asked.length).toBeLessThanOrEqual(2);
    await store.close();
  });

  it('rejects a write only the server holds when the checkpointer cannot put it on disk', async () => {
    const store = await storeWithWorkshop(freshFolder());
    vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker) {
      this.emit('error', Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
    });
    await expect(store.addParticipant(participant(1).participant, participant(1).token)).rejects.toThrow(/EIO/);
    vi.restoreAllMocks();
    await store.close();
  });

  it('closes with everything in the database file and no WAL left beside it', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    await store.appendUpdates('w1/plan', [update('last words')]);
    await store.close();
    expect(fs.existsSync(path.join(dataDir, 'convene.sqlite-wal'))).toBe(false);
    expect(await storedPlan(dataDir)).toEqual(['last words']);
  });

  it('finds a compaction and the updates after it when a crash of the process follows', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    const [one, two] = [update('one'), update('two')];
    const upToSeq = await store.appendUpdates('w1/plan', [one, two]);
    await store.appendUpdates('w1/strategy', [update('elsewhere')]);
    await store.compact('w1/plan', Y.mergeUpdates([one, two]), upToSeq);
    const later = await store.appendUpdates('w1/plan', [update('three')]);
    expect(later).toBeGreaterThan(upToSeq);

    const reopened = SqliteStore.open(crashImage(dataDir));
    const plan = await reopened.loadDocument('w1/plan');
    expect(plan.snapshot).not.toBeNull();
    expect(texts(plan.updates)).toEqual(['three']);
    expect(await reopened.appendUpdates('w1/plan', [update('four')])).toBeGreaterThan(later);
    expect(texts((await reopened.loadDocument('w1/strategy')).updates)).toEqual(['elsewhere']);
    await reopened.close();
    await store.close();
  });
});
