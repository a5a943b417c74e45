import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { log } from '../logger.js';
import { SqliteStore } from './SqliteStore.js';
import { storeContract } from './storeContract.js';
import { FLUSH_INTERVAL_MS } from './walSync.js';

const freshFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'convene-store-'));

storeContract('SQLite', async () => SqliteStore.open(freshFolder()));

type Done = (error: NodeJS.ErrnoException | null) => void;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const walInode = (dataDir: string) => fs.statSync(path.join(dataDir, 'convene.sqlite-wal')).ino;

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

describe('SQLite durability', () => {
  afterEach(() => vi.restoreAllMocks());

  it('flushes a stored Yjs update to disk on the next turn, after the relay of this one', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    const flushed: number[] = [];
    vi.spyOn(fs, 'fdatasyncSync').mockImplementation((fd) => void flushed.push(fd as number));

    await store.appendUpdates('w1/plan', [update('Ratify OP-CAT')]);
    await store.appendUpdates('w1/plan', [update('Adopt a torture law')]);
    // Resolved at once (a relay follows in this turn), and it would survive a crash of the process.
    expect(flushed).toEqual([]);
    const other = SqliteStore.open(dataDir);
    expect((await other.loadDocument('w1/plan')).updates).toHaveLength(2);
    await other.close();

    await nextTurn();
    // One flush for both commits, of this database's WAL.
    expect(flushed).toHaveLength(1);
    expect(fs.fstatSync(flushed[0]!).ino).toBe(walInode(dataDir));
    await store.close();
  });

  it('flushes at most once per interval under load, so waiting for the disk never takes over the event loop', async () => {
    const store = SqliteStore.open(freshFolder());
    const flushedAt: number[] = [];
    vi.spyOn(fs, 'fdatasyncSync').mockImplementation(() => void flushedAt.push(performance.now()));

    await store.appendUpdates('w1/plan', [update('first')]);
    await nextTurn();
    expect(flushedAt).toHaveLength(1);
    // A commit right after a flush is not flushed on the next turn, but once the interval is up.
    await store.appendUpdates('w1/plan', [update('second')]);
    await nextTurn();
    expect(flushedAt).toHaveLength(1);
    await vi.waitFor(() => expect(flushedAt).toHaveLength(2));
    expect(flushedAt[1]! - flushedAt[0]!).toBeGreaterThanOrEqual(FLUSH_INTERVAL_MS - 1);
    await store.close();
  });

  it('reports a write only the server holds (a new participant) done only once the WAL is on disk', async () => {
    const dataDir = freshFolder();
    const store = await storeWithWorkshop(dataDir);
    const pending: { fd: number; done: Done }[] = [];
    vi.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, done: Done) => void pending.push({ fd, done })) as typeof fs.fdatasync);

    let joined = false;
    const { participant: p, token } = participant(1);
    const adding = store.addParticipant(p, token).then(() => (joined = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(joined).toBe(false);
    expect(pending).toHaveLength(1);
    expect(fs.fstatSync(pending[0]!.fd).ino).toBe(walInode(dataDir));

    pending[0]!.done(null);
    await adding;
    expect(joined).toBe(true);
    await store.close();
  });

  it('lets a burst of writes share flushes: writes made during one flush wait for the next', async () => {
    const store = await storeWithWorkshop(freshFolder());
    const pending: Done[] = [];
    vi.spyOn(fs, 'fdatasync').mockImplementation(((_fd: number, done: Done) => void pending.push(done)) as typeof fs.fdatasync);

    const first = store.addParticipant(participant(1).participant, participant(1).token);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    const burst = Array.from({ length: 30 }, (_, i) => store.addParticipant(participant(i + 2).participant, participant(i + 2).token));
    let burstDone = false;
    void Promise.all(burst).then(() => (burstDone = true));

    pending[0]!(null);
    await first;
    // The first flush began before the burst was written, so the burst waits for a second one.
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    expect(burstDone).toBe(false);
    pending[1]!(null);
    await Promise.all(burst);
    expect(pending).toHaveLength(2);
    expect(await store.listParticipants('w1')).toHaveLength(31);
    await store.close();
  });

  it('rejects the write when its flush fails, so the caller does not report it stored', async () => {
    const store = await storeWithWorkshop(freshFolder());
    vi.spyOn(fs, 'fdatasync').mockImplementation(((_fd: number, done: Done) => {
      done(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    }) as typeof fs.fdatasync);
    await expect(store.addParticipant(participant(1).participant, participant(1).token)).rejects.toThrow(/EIO/);
    await store.close();
  });

  it('closes cleanly with a flush still scheduled: the flush is dropped, not attempted on a closed WAL', async () => {
    const store = SqliteStore.open(freshFolder());
    const flush = vi.spyOn(fs, 'fdatasyncSync');
    const errors = vi.spyOn(log, 'error');
    await store.appendUpdates('w1/plan', [update('last words')]);
    await store.close();
    await nextTurn();
    expect(flush).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('compacts without waiting for the disk, and flushes the compaction like the updates it replaces', async () => {
    const store = SqliteStore.open(freshFolder());
    const flushed = vi.spyOn(fs, 'fdatasyncSync').mockImplementation(() => undefined);
    const synced = vi.spyOn(fs, 'fdatasync');
    const seq = await store.appendUpdates('w1/plan', [update('compact me')]);
    await store.compact('w1/plan', update('compact me'), seq);
    expect(synced).not.toHaveBeenCalled();
    await nextTurn();
    expect(flushed).toHaveBeenCalledTimes(1);
    await store.close();
  });
});
