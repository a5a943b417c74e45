/** The store rules for personal invitation links, device tokens and last-seen times, part of the suite every Store passes (see storeContract.testSuite.ts). */
import { expect, it } from 'vitest';
import type { Store } from './Store.js';

const audit = { at: 1000, actorRole: 'facilitator' as const, actorName: 'Facilitator', command: 'invitation:issue' as const, detail: { delegates: 1 } };

async function withParticipant(open: () => Promise<Store>): Promise<Store> {
  const store = await open();
  await store.createWorkshop({ id: 'w1', title: 'UPR', country: null, startsOn: null, endsOn: null, joinCode: 'ABCDEF', createdAt: 1 }, []);
  await store.createWorkshop({ id: 'w2', title: 'Other', country: null, startsOn: null, endsOn: null, joinCode: 'GHJKMN', createdAt: 1 }, []);
  await store.addParticipant(
    { id: 'p1', workshopId: 'w1', name: 'Saran', organisation: 'MONFEMNET', createdAt: 2 },
    { hash: 'h-p1', workshopId: 'w1', role: 'participant', participantId: 'p1' },
  );
  return store;
}

export function entryContract(open: () => Promise<Store>): void {
  it('keeps one link per delegate: re-issuing replaces its hash, revoking forgets it, each with its audit entry', async () => {
    const store = await withParticipant(open);
    const first = await store.writeInvitations('w1', { issue: [{ workshopId: 'w1', delegateId: 'd1', hash: 'old', issuedAt: 10 }], revoke: [] }, audit);
    expect(typeof first.id).toBe('number');
    expect(first).toMatchObject({ command: 'invitation:issue', detail: { delegates: 1 } });
    expect(await store.findInvitation('old')).toEqual({ workshopId: 'w1', delegateId: 'd1', hash: 'old', issuedAt: 10 });

    await store.writeInvitations('w1', { issue: [{ workshopId: 'w1', delegateId: 'd1', hash: 'new', issuedAt: 20 }], revoke: [] }, audit);
    expect(await store.findInvitation('old')).toBeNull();
    expect(await store.listInvitations('w1')).toEqual([{ workshopId: 'w1', delegateId: 'd1', hash: 'new', issuedAt: 20 }]);

    // Another workshop's revocation touches nothing here.
    await store.writeInvitations('w2', { issue: [], revoke: ['d1'] }, audit);
    expect(await store.findInvitation('new')).not.toBeNull();
    await store.writeInvitations('w1', { issue: [], revoke: ['d1'] }, audit);
    expect(await store.findInvitation('new')).toBeNull();
    expect((await store.listAudit('w1', 10)).filter((entry) => entry.command === 'invitation:issue')).toHaveLength(3);
    await store.close();
  });

  it('adds a device token to a participant and counts them; removal deletes them all', async () => {
    const store = await withParticipant(open);
    await store.addToken({ hash: 'h-p1-phone', workshopId: 'w1', role: 'participant', participantId: 'p1' });
    expect(await store.countTokens('w1', 'p1')).toBe(2);
    expect((await store.findToken('h-p1-phone'))?.participant?.name).toBe('Saran');
    expect(await store.countTokens('w2', 'p1')).toBe(0);
    await store.removeParticipant('w1', 'p1', 30);
    expect(await store.countTokens('w1', 'p1')).toBe(0);
    await store.close();
  });

  it('keeps the latest last-seen time per participant, and only for participants of the workshop', async () => {
    const store = await withParticipant(open);
    await store.recordLastSeen('w1', ['p1'], 100);
    await store.recordLastSeen('w1', ['p1'], 50);
    await store.recordLastSeen('w2', ['p1'], 500);
    await store.recordLastSeen('w1', ['nobody'], 500);
    await store.recordLastSeen('w1', [], 500);
    expect(await store.listLastSeen('w1')).toEqual([{ participantId: 'p1', lastSeenAt: 100 }]);
    expect(await store.listLastSeen('w2')).toEqual([]);
    await store.recordLastSeen('w1', ['p1'], 200);
    expect(await store.listLastSeen('w1')).toEqual([{ participantId: 'p1', lastSeenAt: 200 }]);
    await store.close();
  });
}
