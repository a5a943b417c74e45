import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { log } from '../../logger.js';
import { SqliteStore } from './SqliteStore.js';
import type { StoredUpdate } from '../Store.js';
import { storeContract } from '../storeContract.testSuite.js';
import { CHECKPOINT_INTERVAL_MS, CHECKPOINT_ROWS } from './UpdateJournal.js';
import { FLUSH_INTERVAL_MS } from './walSync.js';

const freshFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'convene-store-'));

storeContract('SQLite', async () => SqliteStore.open(freshFolder()));

type Done = (error: NodeJS.ErrnoException | null) => void;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const walInode = (dataDir: string) => fs.statSync(path.join(dataDir, 'convene.sqlite-wal')).ino;
const journalFile = (dataDir: string) => path.join(dataDir, 'convene.journal');

/** The data folder as a crash of the process leaves it: what the OS holds of each file, now. */
function crashImage(dataDir: string): string {
  const image = freshFolder();
  for (const name of ['convene.sqlite', 'convene.sqlite-wal', 'convene.journal']) {
    if (fs.existsSync(path.join(dataDir, name))) fs.copyFileSync(path.join(dataDir, name), path.join(image, name));
  }
  return image;
}

/** The plan's updates as a store opened on `dataDir` finds them, once it has recovered the journal. */
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

describe('SQLite durability', () => {
  afterEach(() => vi.restoreAllMocks());

  it('journals a Yjs update where a crash of the process finds it, and flushes the journal in the background', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    const flushed: number[] = [];
    vi.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, done: Done) => {
      flushed.push(fs.fstatSync(fd).ino);
      done(null);
    }) as typeof fs.fdatasync);
    const blocking = vi.spyOn(fs, 'fdatasyncSync');

    await store.appendUpdates('w1/plan', [update('Ratify OP-CAT')]);
    await store.appendUpdates('w1/plan', [update('Adopt a torture law')]);
    // Resolved at once (a relay follows in this turn), and it would survive a crash of the process.
    expect(flushed).toEqual([]);
    expect(await storedPlan(crashImage(dataDir))).toEqual(['Ratify OP-CAT', 'Adopt a torture law']);
    flushed.length = 0; // the recovered store's own flushes
    blocking.mockClear();

    await nextTurn();
    // One flush for both, of this store's journal, on the thread pool: no edit waits for the disk.
    expect(flushed).toEqual([fs.statSync(journalFile(dataDir)).ino]);
    expect(blocking).not.toHaveBeenCalled();
    await store.close();
  });

  it('flushes at most once per interval under load, so flushing stays a small share of the CPU', async () => {
    const store = SqliteStore.open(freshFolder());
    const flushedAt: number[] = [];
    vi.spyOn(fs, 'fdatasync').mockImplementation(((_fd: number, done: Done) => {
      flushedAt.push(performance.now());
      done(null);
    }) as typeof fs.fdatasync);

    await store.appendUpdates('w1/plan', [update('first')]);
    await nextTurn();
    expect(flushedAt).toHaveLength(1);
    // An append right after a flush is not flushed on the next turn, but once the interval is up.
    await store.appendUpdates('w1/plan', [update('second')]);
    await store.appendUpdates('w1/plan', [update('third')]);
    await nextTurn();
    expect(flushedAt).toHaveLength(1);
    await vi.waitFor(() => expect(flushedAt).toHaveLength(2));
    // Timers may fire a millisecond early by performance.now()'s clock.
    expect(flushedAt[1]! - flushedAt[0]!).toBeGreaterThanOrEqual(FLUSH_INTERVAL_MS - 5);
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

  it('closes cleanly with a flush still scheduled: the update is moved into the database, the journal flush dropped', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    const flushed: number[] = [];
    vi.spyOn(fs, 'fdatasyncSync').mockImplementation((fd) => void flushed.push(fs.fstatSync(fd as number).ino));
    const background = vi.spyOn(fs, 'fdatasync');
    const errors = vi.spyOn(log, 'error');
    await store.appendUpdates('w1/plan', [update('last words')]);
    const wal = walInode(dataDir);
    await store.close();
    await nextTurn();
    // The closing checkpoint flushed the WAL; the journal it emptied needs no flush.
    expect(flushed).toEqual([wal]);
    expect(background).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(fs.statSync(journalFile(dataDir)).size).toBe(0);
    expect(await storedPlan(dataDir)).toEqual(['last words']);
  });

  it('waits for a flush in progress before closing the file under it', async () => {
    const store = await storeWithWorkshop(freshFolder());
    const pending: { fd: number; done: Done }[] = [];
    vi.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, done: Done) => void pending.push({ fd, done })) as typeof fs.fdatasync);
    const adding = store.addParticipant(participant(1).participant, participant(1).token);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    let closed = false;
    const closing = store.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(false);
    // Still the WAL's descriptor, not closed (nor reused) while the flush runs.
    expect(() => fs.fstatSync(pending[0]!.fd)).not.toThrow();
    pending[0]!.done(null);
    await Promise.all([adding, closing]);
    expect(closed).toBe(true);
  });

  it('compacts in the checkpoint that moves the journal, so its snapshot costs no flush of its own', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    const blocking: number[] = [];
    vi.spyOn(fs, 'fdatasyncSync').mockImplementation((fd) => void blocking.push(fs.fstatSync(fd as number).ino));
    const background: number[] = [];
    vi.spyOn(fs, 'fdatasync').mockImplementation(((fd: number, done: Done) => {
      background.push(fs.fstatSync(fd).ino);
      done(null);
    }) as typeof fs.fdatasync);
    const seq = await store.appendUpdates('w1/plan', [update('compact me')]);
    await store.compact('w1/plan', update('compact me'), seq);
    // One flush of the database, on this thread, for the journaled update and the snapshot alike.
    expect(blocking).toEqual([walInode(dataDir)]);
    await new Promise((resolve) => setTimeout(resolve, FLUSH_INTERVAL_MS * 2));
    expect(background.filter((inode) => inode === walInode(dataDir))).toEqual([]);
    // With nothing journaled, the compaction is flushed in the background like an update.
    await store.compact('w1/plan', update('compact me'), seq);
    await vi.waitFor(() => expect(background).toEqual([walInode(dataDir)]));
    await store.close();
  });

  it('keeps the journaled updates when a compaction in the checkpoint fails, and moves them later', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    const upToSeq = await store.appendUpdates('w1/plan', [update('kept')]);
    // The snapshot reads back damaged: the whole checkpoint is rolled back.
    vi.spyOn(Buffer.prototype, 'equals').mockReturnValueOnce(false);
    await expect(store.compact('w1/plan', update('snapshot'), upToSeq)).rejects.toThrow('did not read back intact');
    const plan = await store.loadDocument('w1/plan');
    expect(plan.snapshot).toBeNull();
    expect(texts(plan.updates)).toEqual(['kept']);
    await store.close();
  });

  it('compacts one document while another has updates journaled, and numbers later updates after both', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    await store.appendUpdates('w1/plan', [update('first')]);
    await store.appendUpdates('w1/strategy', [update('other document')]);
    const upToSeq = await store.appendUpdates('w1/plan', [update('second')]);
    await store.compact('w1/plan', update('snapshot'), upToSeq);
    // The snapshot's updates never reached the table, so only the snapshot remembers their numbers.
    expect(await store.appendUpdates('w1/strategy', [update('later')])).toBeGreaterThan(upToSeq);

    const image = crashImage(dataDir);
    await store.close();
    const reopened = SqliteStore.open(image);
    const plan = await reopened.loadDocument('w1/plan');
    expect(texts([{ seq: upToSeq, data: plan.snapshot! }])).toEqual(['snapshot']);
    expect(plan.updates).toEqual([]);
    expect(texts((await reopened.loadDocument('w1/strategy')).updates)).toEqual(['other document', 'later']);
    await reopened.close();
  });
});

describe('SQLite update journal', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('moves journaled updates into the database within the checkpoint interval, then empties the journal', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await store.appendUpdates('w1/plan', [update('Ratify OP-CAT'), update('Adopt a torture law')]);
    vi.advanceTimersByTime(CHECKPOINT_INTERVAL_MS - 10);
    expect(fs.statSync(journalFile(dataDir)).size).toBeGreaterThan(0);
    vi.advanceTimersByTime(10);
    expect(fs.statSync(journalFile(dataDir)).size).toBe(0);
    vi.useRealTimers();
    // In the database alone now: a crash image without the journal still has them.
    const image = crashImage(dataDir);
    fs.rmSync(journalFile(image));
    expect(await storedPlan(image)).toEqual(['Ratify OP-CAT', 'Adopt a torture law']);
    await store.close();
  });

  it('recovers after a crash with the sequence numbers the room was told, and numbers new updates after them', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    const first = await store.appendUpdates('w1/plan', [update('one')]);
    await store.compact('w1/plan', update('one'), first);
    const second = await store.appendUpdates('w1/plan', [update('two'), update('three')]);
    await store.appendUpdates('w1/strategy', [update('elsewhere')]);

    const recovered = SqliteStore.open(crashImage(dataDir));
    const plan = await recovered.loadDocument('w1/plan');
    expect(texts(plan.updates)).toEqual(['two', 'three']);
    expect(plan.lastSeq).toBe(second);
    expect(await recovered.appendUpdates('w1/plan', [update('four')])).toBeGreaterThan(second + 1);
    expect(texts((await recovered.loadDocument('w1/plan')).updates)).toEqual(['two', 'three', 'four']);
    await recovered.close();
    await store.close();
  });

  it('recovers a journal the last checkpoint had already moved (a crash before it was emptied) without duplicates', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    await store.appendUpdates('w1/plan', [update('once')]);
    const journalBeforeCheckpoint = fs.readFileSync(journalFile(dataDir));
    await store.loadDocument('w1/plan');
    const image = crashImage(dataDir);
    fs.writeFileSync(journalFile(image), journalBeforeCheckpoint);

    expect(await storedPlan(image)).toEqual(['once']);
    await store.close();
  });

  it('keeps the intact records of a torn journal, and the file aside for inspection', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    await store.appendUpdates('w1/plan', [update('kept')]);
    const image = crashImage(dataDir);
    // A power cut in the middle of the next write.
    fs.appendFileSync(journalFile(image), Buffer.from([40, 0, 0, 0, 1, 2]));
    const errors = vi.spyOn(log, 'error');

    expect(await storedPlan(image)).toEqual(['kept']);
    expect(errors).toHaveBeenCalledWith('store.journal_damaged', expect.objectContaining({ problem: expect.stringMatching(/truncated/) }));
    const keptAs = fs.readdirSync(image).filter((name) => name.startsWith('convene.journal.damaged-'));
    expect(keptAs).toHaveLength(1);
    expect(fs.statSync(path.join(image, keptAs[0]!)).size).toBeGreaterThan(6);
    expect(fs.statSync(journalFile(image)).size).toBe(0);
    await store.close();
  });

  it('cuts a write the disk refused half-way back out, so the records after it stay readable', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    await store.appendUpdates('w1/plan', [update('before')]);
    const write = fs.writeSync;
    vi.spyOn(fs, 'writeSync').mockImplementationOnce(((fd: number, buffer: Uint8Array) => {
      write(fd, buffer.subarray(0, 5));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }) as unknown as typeof fs.writeSync);
    await expect(store.appendUpdates('w1/plan', [update('refused')])).rejects.toThrow(/ENOSPC/);
    await store.appendUpdates('w1/plan', [update('after')]);

    expect(await storedPlan(crashImage(dataDir))).toEqual(['before', 'after']);
    await store.close();
  });

  it('keeps the journal when a checkpoint cannot flush the database, and tries again', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    const errors = vi.spyOn(log, 'error');
    const flush = vi.spyOn(fs, 'fdatasyncSync').mockImplementation(() => {
      throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await store.appendUpdates('w1/plan', [update('held')]);
    vi.advanceTimersByTime(CHECKPOINT_INTERVAL_MS);
    expect(errors).toHaveBeenCalledWith('store.checkpoint_failed', expect.anything());
    expect(fs.statSync(journalFile(dataDir)).size).toBeGreaterThan(0);

    flush.mockImplementation(() => undefined);
    vi.advanceTimersByTime(CHECKPOINT_INTERVAL_MS);
    expect(fs.statSync(journalFile(dataDir)).size).toBe(0);
    vi.useRealTimers();
    expect(texts((await store.loadDocument('w1/plan')).updates)).toEqual(['held']);
    await store.close();
  });

  it('checkpoints at once when many updates are pending, but retries a failing disk only on its timer', async () => {
    const store = SqliteStore.open(freshFolder());
    const errors = vi.spyOn(log, 'error');
    vi.spyOn(fs, 'fdatasyncSync').mockImplementation(() => {
      throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await store.appendUpdates('w1/plan', Array.from({ length: CHECKPOINT_ROWS }, (_, i) => update(`row ${i}`)));
    await nextTurn();
    expect(errors).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      await store.appendUpdates('w1/plan', [update(`more ${i}`)]);
      await nextTurn();
    }
    expect(errors).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(CHECKPOINT_INTERVAL_MS);
    expect(errors).toHaveBeenCalledTimes(2);
    vi.mocked(fs.fdatasyncSync).mockImplementation(() => undefined);
    vi.useRealTimers();
    expect(await store.loadDocument('w1/plan')).toMatchObject({ updates: { length: CHECKPOINT_ROWS + 5 } });
    await store.close();
  });
});
