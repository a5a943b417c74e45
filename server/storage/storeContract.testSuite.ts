/**
 * One behaviour suite for every Store implementation: each store's test file calls it with a
 * factory, so SQLite and PostgreSQL are held to the same rules.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entryContract } from './entryContract.testSuite.js';
import { invitationContract } from './invitationContract.testSuite.js';
import { restoreContract } from './restoreContract.testSuite.js';
import { trackingContract } from './trackingContract.testSuite.js';
import type { BallotRecord, Store, StoredVote, WorkshopRecord } from './Store.js';

const workshop = (id: string, joinCode: string): WorkshopRecord => ({
  id,
  title: 'UPR follow-up',
  country: 'Mongolia',
  startsOn: '2015-06-01',
  endsOn: '2015-06-03',
  joinCode,
  createdAt: 1_433_116_800_000,
});

function update(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const vote = (id: string, workshopId = 'w1'): StoredVote => ({
  id,
  workshopId,
  spec: { kind: 'yesno', question: 'Adopt the charter?', franchise: 'participant', secret: true, showResults: 'after', threshold: 'majority' },
  charter: null,
  openedAt: 1000,
  closedAt: null,
  result: null,
});

const ballot = (voter: string, choice: BallotRecord['choice'], requestId: string, participantId = voter): BallotRecord => ({
  voteId: 'v1',
  voterKey: voter,
  participantId,
  name: participantId,
  organisation: 'Globe International',
  requestId,
  choice,
  castAt: 2000,
});

const audit = { at: 1000, actorRole: 'facilitator' as const, actorName: 'Facilitator', command: 'vote:open' as const, detail: {} };

function voteContract(open: () => Promise<Store>): void {
  const withVote = async () => {
    const store = await open();
    await store.createWorkshop(workshop('w1', 'ABCDEF'), []);
    await store.openVote(vote('v1'), audit);
    return store;
  };

  it('casts one ballot per voter: a second cast replaces the first, a retried request counts once', async () => {
    const store = await withVote();
    expect(await store.castBallot(ballot('p1', 'yes', 'req-1'))).toBe('cast');
    expect(await store.castBallot(ballot('p1', 'yes', 'req-1'))).toBe('repeated');
    expect(await store.castBallot(ballot('p1', 'no', 'req-2'))).toBe('replaced');
    expect((await store.listBallots('v1')).map((b) => [b.voterKey, b.choice])).toEqual([['p1', 'no']]);
    await store.close();
  });

  it('a late retry of an earlier cast does not undo the voter’s newer ballot', async () => {
    const store = await withVote();
    // The phone cast "yes" and lost the answer; the laptop then cast "no"; the phone retries.
    expect(await store.castBallot(ballot('p1', 'yes', 'req-phone'))).toBe('cast');
    expect(await store.castBallot(ballot('p1', 'no', 'req-laptop'))).toBe('replaced');
    expect(await store.castBallot(ballot('p1', 'yes', 'req-phone'))).toBe('repeated');
    expect((await store.listBallots('v1')).map((b) => [b.voterKey, b.choice, b.requestId])).toEqual([['p1', 'no', 'req-laptop']]);
    await store.close();
  });

  it('keeps an organisation’s ballot for the delegate who cast it', async () => {
    const store = await withVote();
    expect(await store.castBallot(ballot('org:globe', 'yes', 'req-a', 'p1'))).toBe('cast');
    expect(await store.castBallot(ballot('org:globe', 'no', 'req-b', 'p2'))).toBe('taken');
    expect(await store.castBallot(ballot('org:globe', 'abstain', 'req-c', 'p1'))).toBe('replaced');
    expect((await store.listBallots('v1')).map((b) => [b.participantId, b.choice])).toEqual([['p1', 'abstain']]);
    await store.close();
  });

  it('two delegates of one organisation casting at once: one ballot counts, the other is told it is taken', async () => {
    const store = await withVote();
    const outcomes = await Promise.all([
      store.castBallot(ballot('org:globe', 'yes', 'req-a', 'p1')),
      store.castBallot(ballot('org:globe', 'no', 'req-b', 'p2')),
    ]);
    expect(outcomes.sort()).toEqual(['cast', 'taken']);
    expect(await store.listBallots('v1')).toHaveLength(1);
    await store.close();
  });

  it('counts every one of many simultaneous casts exactly once', async () => {
    const store = await withVote();
    const casts = Array.from({ length: 150 }, (_, i) => store.castBallot(ballot(`p${i}`, i % 3 === 0 ? 'no' : 'yes', `req-${i}`)));
    expect(new Set(await Promise.all(casts))).toEqual(new Set(['cast']));
    expect(await store.listBallots('v1')).toHaveLength(150);
    await store.close();
  });

  it('a close racing many casts returns exactly the ballots that were counted', async () => {
    const store = await withVote();
    const casts = Array.from({ length: 60 }, (_, i) => store.castBallot(ballot(`p${i}`, 'yes', `req-${i}`)));
    const closing = store.closeVote('v1', 5000);
    const more = Array.from({ length: 60 }, (_, i) => store.castBallot(ballot(`q${i}`, 'no', `req-q${i}`)));
    const outcomes = await Promise.all([...casts, ...more]);
    const closed = await closing;
    const counted = outcomes.filter((outcome) => outcome === 'cast').length;
    expect(outcomes.every((outcome) => outcome === 'cast' || outcome === 'closed')).toBe(true);
    expect(closed).toHaveLength(counted);
    expect(await store.listBallots('v1')).toHaveLength(counted);
    await store.close();
  });

  it('refuses casts once closed; closing returns the ballots once; the result can forget secret choices', async () => {
    const store = await withVote();
    await store.castBallot(ballot('p1', 'yes', 'req-1'));
    expect(await store.castBallot(ballot('p2', 'yes', 'req-2', 'p2'))).toBe('cast');
    const ballots = await store.closeVote('v1', 5000);
    expect(ballots?.map((b) => b.voterKey)).toEqual(['p1', 'p2']);
    expect(await store.closeVote('v1', 6000)).toBeNull();
    expect(await store.castBallot(ballot('p3', 'no', 'req-3'))).toBe('closed');
    expect(await store.castBallot(ballot('p1', 'no', 'req-4'))).toBe('closed');
    expect(await store.castBallot({ ...ballot('p1', 'no', 'req-5'), voteId: 'unknown' })).toBe('closed');

    const result = { passed: true } as unknown as NonNullable<StoredVote['result']>;
    const entry = await store.recordResult('v1', result, { ...audit, command: 'vote:close' }, true);
    expect(entry?.id).toBeGreaterThan(0);
    // A second count of the same close (another instance) writes nothing: the first result stands.
    const other = { passed: false } as unknown as NonNullable<StoredVote['result']>;
    expect(await store.recordResult('v1', other, { ...audit, command: 'vote:close' }, true)).toBeNull();
    expect((await store.listBallots('v1')).map((b) => b.choice)).toEqual([null, null]);
    expect(await store.listVotes('w1')).toEqual([{ ...vote('v1'), closedAt: 5000, result }]);
    expect((await store.listAudit('w1', 10)).map((e) => e.command)).toEqual(['vote:close', 'vote:open']);
    await store.close();
  });
}

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store`, () => {
    it('keeps workshops, finds them by id and join code, and refuses a duplicate join code', async () => {
      const store = await open();
      await store.createWorkshop(workshop('w1', 'ABCDEF'), []);
      expect(await store.findWorkshop('w1')).toEqual(workshop('w1', 'ABCDEF'));
      expect((await store.findWorkshopByJoinCode('ABCDEF'))?.id).toBe('w1');
      expect(await store.findWorkshop('nope')).toBeNull();
      await expect(store.createWorkshop(workshop('w2', 'ABCDEF'), [])).rejects.toThrow();
      expect(await store.findWorkshop('w2')).toBeNull();
      await store.close();
    });

    it('resolves token hashes to roles and participants', async () => {
      const store = await open();
      await store.createWorkshop(workshop('w1', 'ABCDEF'), [{ hash: 'h-fac', workshopId: 'w1', role: 'facilitator', participantId: null }]);
      await store.addParticipant(
        { id: 'p1', workshopId: 'w1', name: 'Saran', organisation: 'Globe International', createdAt: 1 },
        { hash: 'h-p1', workshopId: 'w1', role: 'participant', participantId: 'p1' },
      );
      expect(await store.findToken('h-fac')).toMatchObject({ role: 'facilitator', workshopId: 'w1', participant: null });
      expect((await store.findToken('h-p1'))?.participant).toMatchObject({ id: 'p1', name: 'Saran' });
      expect(await store.findToken('h-unknown')).toBeNull();
      await store.close();
    });

    it('removes a participant: their tokens stop resolving, the removal is kept, a second removal changes nothing', async () => {
      const store = await open();
      await store.createWorkshop(workshop('w1', 'ABCDEF'), []);
      await store.createWorkshop(workshop('w2', 'GHJKLM'), []);
      const saran = { id: 'p1', workshopId: 'w1', name: 'Saran', organisation: 'Globe International', createdAt: 1 };
      await store.addParticipant(saran, { hash: 'h-p1', workshopId: 'w1', role: 'participant', participantId: 'p1' });
      await store.addParticipant(
        { id: 'p2', workshopId: 'w1', name: 'Bold', organisation: 'MONFEMNET', createdAt: 2 },
        { hash: 'h-p2', workshopId: 'w1', role: 'participant', participantId: 'p2' },
      );

      expect(await store.removeParticipant('w2', 'p1', 10)).toBe(false); // not in that workshop
      expect(await store.findToken('h-p1')).not.toBeNull();
      expect(await store.removeParticipant('w1', 'p1', 10)).toBe(true);
      expect(await store.removeParticipant('w1', 'p1', 11)).toBe(false);
      expect(await store.removeParticipant('w1', 'nobody', 12)).toBe(false);

      expect(await store.findToken('h-p1')).toBeNull();
      expect(await store.findToken('h-p2')).not.toBeNull();
      expect(await store.listRemovals('w1')).toEqual([{ participantId: 'p1', removedAt: 10 }]);
      expect(await store.listRemovals('w2')).toEqual([]);
      // What they wrote stays attributed: the participant is still listed.
      expect((await store.listParticipants('w1')).map((p) => p.name)).toEqual(['Saran', 'Bold']);
      await store.close();
    });

    it('keeps a participant’s layer: a CSO delegate unless told otherwise, corrected in place within its workshop only', async () => {
      const store = await open();
      await store.createWorkshop(workshop('w1', 'ABCDEF'), []);
      await store.addParticipant({ id: 'p1', workshopId: 'w1', name: 'Saran', organisation: 'MONFEMNET', createdAt: 1 }, { hash: 'h-p1', workshopId: 'w1', role: 'participant', participantId: 'p1' });
      await store.addParticipant(
        { id: 'p2', workshopId: 'w1', name: 'Батбаяр', organisation: 'Хууль зүйн яам', createdAt: 2, layer: 'government', body: 'Хууль зүйн яам' },
        { hash: 'h-p2', workshopId: 'w1', role: 'participant', participantId: 'p2' },
      );
      expect((await store.findToken('h-p1'))!.participant).toMatchObject({ layer: 'cso', body: null });
      expect((await store.findToken('h-p2'))!.participant).toMatchObject({ layer: 'government', body: 'Хууль зүйн яам' });
      expect(await store.setParticipantLayer('w2', 'p1', 'un', 'UNDP')).toBe(false);
      expect(await store.setParticipantLayer('w1', 'p1', 'un', 'UNDP')).toBe(true);
      expect((await store.findToken('h-p1'))!.participant).toMatchObject({ layer: 'un', body: 'UNDP' });
      expect((await store.listParticipants('w1')).map((p) => p.layer)).toEqual(['un', 'government']);
      await store.close();
    });

    it('appends updates in order and loads them back', async () => {
      const store = await open();
      const first = await store.appendUpdates('w1/plan', [update('a'), update('b')]);
      const last = await store.appendUpdates('w1/plan', [update('c')]);
      expect(last).toBeGreaterThan(first);
      await store.appendUpdates('w1/charter', [update('other')]);
      const loaded = await store.loadDocument('w1/plan');
      expect(loaded.snapshot).toBeNull();
      expect(loaded.updates).toHaveLength(3);
      expect(loaded.lastSeq).toBe(last);
      expect(await store.loadDocument('w1/none')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
      await store.close();
    });

    it('loads a batch of updates in the order it was appended', async () => {
      const store = await open();
      const batch = Array.from({ length: 50 }, (_, i) => update(`u${i}`));
      await store.appendUpdates('w1/plan', batch);
      expect((await store.loadDocument('w1/plan')).updates.map((stored) => stored.data)).toEqual(batch);
      await store.close();
    });

    it('compaction replaces updates up to a sequence number and keeps later ones', async () => {
      const store = await open();
      const [a, b] = [update('a'), update('b')];
      const upTo = await store.appendUpdates('w1/plan', [a, b]);
      await store.appendUpdates('w1/plan', [update('late')]);
      const snapshot = Y.mergeUpdates([a, b]);
      await store.compact('w1/plan', snapshot, upTo);
      const loaded = await store.loadDocument('w1/plan');
      expect(loaded.snapshot).toEqual(snapshot);
      expect(loaded.updates).toHaveLength(1);
      await store.close();
    });

    it('refuses a snapshot that lacks an edit it would replace, and keeps every update', async () => {
      const store = await open();
      const [a, b] = [update('a'), update('b')];
      const upTo = await store.appendUpdates('w1/plan', [a, b]);
      await expect(store.compact('w1/plan', a, upTo)).rejects.toThrow(/lacks edits of client \d+ it would replace; updates kept/);
      await expect(store.compact('w1/plan', new Uint8Array([1, 2, 3]), upTo)).rejects.toThrow('does not decode; updates kept');
      expect(await store.loadDocument('w1/plan')).toEqual({ snapshot: null, updates: [{ seq: upTo - 1, data: a }, { seq: upTo, data: b }], lastSeq: upTo });
      await store.close();
    });

    it('refuses a snapshot that lacks what the previous snapshot held', async () => {
      const store = await open();
      const [a, b] = [update('a'), update('b')];
      const first = await store.appendUpdates('w1/plan', [a]);
      await store.compact('w1/plan', a, first);
      const second = await store.appendUpdates('w1/plan', [b]);
      await expect(store.compact('w1/plan', b, second)).rejects.toThrow('lacks edits');
      const kept = await store.loadDocument('w1/plan');
      expect(kept.snapshot).toEqual(a);
      expect(kept.updates).toEqual([{ seq: second, data: b }]);
      await store.compact('w1/plan', Y.mergeUpdates([a, b]), second);
      expect((await store.loadDocument('w1/plan')).updates).toEqual([]);
      await store.close();
    });

    it('two compactions of one document, an older one landing last, lose no update', async () => {
      const store = await open();
      const [a, b, c] = [update('a'), update('b'), update('c')];
      const first = await store.appendUpdates('w1/plan', [a]);
      const second = await store.appendUpdates('w1/plan', [b]);
      const third = await store.appendUpdates('w1/plan', [c]);
      // Two instances: one holds a and b, the other a, b and c. The newer lands first.
      const newer = Y.mergeUpdates([a, b, c]);
      await Promise.all([store.compact('w1/plan', newer, third), store.compact('w1/plan', Y.mergeUpdates([a, b]), second)]);
      await store.compact('w1/plan', a, first);
      const loaded = await store.loadDocument('w1/plan');
      expect(loaded.snapshot).toEqual(newer);
      expect(loaded.updates).toEqual([]);
      expect(loaded.lastSeq).toBe(third);
      await store.close();
    });

    it('numbers updates after a compaction that took them all above the snapshot', async () => {
      const store = await open();
      const [a, b] = [update('a'), update('b')];
      const upTo = await store.appendUpdates('w1/plan', [a, b]);
      await store.compact('w1/plan', Y.mergeUpdates([a, b]), upTo);
      const after = update('after');
      const next = await store.appendUpdates('w1/plan', [after]);
      expect(next).toBeGreaterThan(upTo);
      const loaded = await store.loadDocument('w1/plan');
      expect(loaded.updates).toEqual([{ seq: next, data: after }]);
      expect(loaded.lastSeq).toBe(next);
      await store.close();
    });

    it('moves one update into the quarantine and keeps the others, once', async () => {
      const store = await open();
      const [a, c] = [update('a'), update('c')];
      await store.appendUpdates('w1/plan', [a, update('bad'), c]);
      const [, bad] = (await store.loadDocument('w1/plan')).updates;
      await store.quarantineUpdate('w1/plan', bad!.seq, 'Unexpected case');
      await store.quarantineUpdate('w1/plan', bad!.seq, 'Unexpected case');
      const loaded = await store.loadDocument('w1/plan');
      expect(loaded.updates.map((stored) => stored.data)).toEqual([a, c]);
      expect(loaded.lastSeq).toBeGreaterThan(bad!.seq);
      await store.close();
    });

    it('answers a ping while open, and fails it once closed', async () => {
      const store = await open();
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
    });

    describe('votes', () => voteContract(open));
    describe('attendance and restore', () => restoreContract(open));
    describe('implementation tracking', () => trackingContract(open));
    describe('invitation list', () => invitationContract(open));
    describe('invitation links and last seen', () => entryContract(open));
  });
}
