import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { waitFor } from '../../../tests/support/waitFor.js';
import { storeContract } from '../storeContract.testSuite.js';
import type { StoredUpdate } from '../Store.js';
import { SqliteStore } from './SqliteStore.js';
import { CHECKPOINT_INTERVAL_MS } from './WalCheckpointer.js';
import { FLUSH_INTERVAL_MS } from './WalFlush.js';

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

type Done = (error: NodeJS.ErrnoException | null) => void;
const walInode = (dataDir: string) => fs.statSync(path.join(dataDir, 'convene.sqlite-wal')).ino;

/** Flushes the store asks of the thread pool, each held until the test lets it finish. */
function heldFlushes(): { fd: number; done: Done }[] {
  const pending: { fd: number; done: Done }[] = [];
  vi.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, done: Done) => void pending.push({ fd, done })));
  return pending;
}

describe('SQLite durability', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('keeps a Yjs update where a crash of the process finds it the moment the append returns, before any flush', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    await store.appendUpdates('w1/plan', [update('Ratify OP-CAT')]);
    await store.appendUpdates('w1/plan', [update('Adopt a torture law')]);
    // Copied in the same turn: the room relays here, and nothing has been flushed yet.
    expect(await storedPlan(crashImage(dataDir))).toEqual(['Ratify OP-CAT', 'Adopt a torture law']);
    await store.close();
  });

  it('flushes the WAL after the relay on the thread pool, once for a turn’s commits, and never on the main thread', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    const flushed: number[] = [];
    vi.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, done: Done) => {
      flushed.push(fs.fstatSync(fd).ino);
      done(null);
    }));
    const blocking = [vi.spyOn(fs, 'fdatasyncSync'), vi.spyOn(fs, 'fsyncSync')];
    await store.appendUpdates('w1/plan', [update('one')]);
    await store.appendUpdates('w1/strategy', [update('two')]);
    expect(flushed).toEqual([]);
    await waitFor(() => flushed.length > 0, 'the WAL flushed');
    expect(flushed).toEqual([walInode(dataDir)]);
    for (const spy of blocking) expect(spy).not.toHaveBeenCalled();
    await store.close();
  });

  it('flushes at most once per interval under load, not once per edit', async () => {
    const store = SqliteStore.open(freshFolder());
    const flushedAt: number[] = [];
    vi.spyOn(fs, 'fdatasync').mockImplementation(((_fd: number, done: Done) => {
      flushedAt.push(performance.now());
      done(null);
    }));
    for (let i = 0; i < 20; i++) {
      await store.appendUpdates('w1/plan', [update(`edit ${i}`)]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => flushedAt.length >= 2, 'a second flush');
    // Timers may fire a millisecond early by performance.now()'s clock.
    expect(flushedAt[1]! - flushedAt[0]!).toBeGreaterThanOrEqual(FLUSH_INTERVAL_MS - 5);
    await store.close();
  });

  it('copies committed updates into the database file on the checkpointer’s thread within its interval', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await store.appendUpdates('w1/plan', [update('Ratify OP-CAT')]);
    vi.advanceTimersByTime(CHECKPOINT_INTERVAL_MS);
    vi.useRealTimers();
    // The database file alone (without its WAL) holds it once the worker's checkpoint has run. A
    // copy taken while the worker is writing the file is torn (as a power cut mid-checkpoint would
    // leave it without the WAL that makes that safe): it counts as not yet, and the poll goes on.
    const checkpointed = async () => {
      try {
        return (await storedPlan(crashImage(dataDir, { databaseOnly: true }))).length === 1;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CORRUPT') return false;
        throw error;
      }
    };
    await waitFor(checkpointed, 'the update checkpointed');
    await store.close();
  });

  it('reports a write only the server holds (a new participant) done only once the WAL is on disk', async () => {
    const dataDir = freshFolder();
    const store = await storeWithWorkshop(dataDir);
    const pending = heldFlushes();
    let joined = false;
    const adding = store.addParticipant(participant(1).participant, participant(1).token).then(() => (joined = true));
    await waitFor(() => pending.length === 1, 'a flush asked');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(joined).toBe(false);
    expect(fs.fstatSync(pending[0]!.fd).ino).toBe(walInode(dataDir));
    pending[0]!.done(null);
    await adding;
    expect(joined).toBe(true);
    await store.close();
  });

  it('lets a burst of writes share flushes: writes made during one flush wait for the next', async () => {
    const store = await storeWithWorkshop(freshFolder());
    const pending = heldFlushes();
    const first = store.addParticipant(participant(1).participant, participant(1).token);
    await waitFor(() => pending.length === 1, 'the first flush asked');
    const burst = Array.from({ length: 30 }, (_, i) => store.addParticipant(participant(i + 2).participant, participant(i + 2).token));
    let burstDone = false;
    void Promise.all(burst).then(() => (burstDone = true));
    pending[0]!.done(null);
    await first;
    // The first flush began before the burst was written, so the burst waits for a second one.
    await waitFor(() => pending.length === 2, 'the second flush asked');
    expect(burstDone).toBe(false);
    pending[1]!.done(null);
    await Promise.all(burst);
    expect(pending).toHaveLength(2);
    expect(await store.listParticipants('w1')).toHaveLength(31);
    await store.close();
  });

  it('rejects a write only the server holds when its flush fails, so the caller does not report it stored', async () => {
    const store = await storeWithWorkshop(freshFolder());
    vi.spyOn(fs, 'fdatasync').mockImplementation(((_fd: number, done: Done) => {
      done(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    }));
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

describe('upgrading from the journaled store', () => {
  it('refuses a data folder whose old journal still holds edits, and leaves it as it was', async () => {
    const dataDir = freshFolder();
    fs.writeFileSync(path.join(dataDir, 'convene.journal'), Buffer.from([1, 2, 3, 4]));
    expect(() => SqliteStore.open(dataDir)).toThrow(/convene\.journal holds edits .* start that version once/);
    expect(fs.readFileSync(path.join(dataDir, 'convene.journal'))).toEqual(Buffer.from([1, 2, 3, 4]));
    // The refusal released the folder: once the journal is dealt with, the store opens.
    fs.writeFileSync(path.join(dataDir, 'convene.journal'), '');
    const store = SqliteStore.open(dataDir);
    await store.close();
    expect(fs.existsSync(path.join(dataDir, 'convene.journal'))).toBe(false);
  });
});
