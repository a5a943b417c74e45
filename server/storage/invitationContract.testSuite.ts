/** The store rules for the invitation list and accreditation, part of the suite every Store passes (see storeContract.testSuite.ts). */
import { expect, it } from 'vitest';
import { type Accreditation, listedOrganisationVoterKey } from '../../shared/accreditation.js';
import type { BallotRecord, Store } from './Store.js';

const osf = { id: 'o1', name: 'Open Society Forum Mongolia', aliases: ['OSF Mongolia'], returning: true };
const osfTyped = { id: 'o2', name: 'OSF', aliases: [], returning: false };
const globe = { id: 'o3', name: 'Globe International', aliases: [], returning: false };

async function withWorkshop(open: () => Promise<Store>): Promise<Store> {
  const store = await open();
  await store.createWorkshop({ id: 'w1', title: 'UPR', country: null, startsOn: null, endsOn: null, joinCode: 'ABCDEF', createdAt: 1 }, []);
  return store;
}

const join = (store: Store, id: string, organisation: string, accreditation?: Accreditation) =>
  store.addParticipant(
    { id, workshopId: 'w1', name: id, organisation, createdAt: Number(id.slice(1)) },
    { hash: `h-${id}`, workshopId: 'w1', role: 'participant', participantId: id },
    accreditation,
  );

const waiting = (participantId: string): Accreditation => ({ participantId, organisationId: null, delegateId: null, admission: 'waiting', admittedAt: null });

export function invitationContract(open: () => Promise<Store>): void {
  it('starts empty at version 0; each edit is one new version, sorted by name', async () => {
    const store = await withWorkshop(open);
    expect(await store.loadInvitationList('w1')).toEqual({ version: 0, organisations: [], delegates: [] });
    const list = await store.editInvitationList('w1', {
      organisations: [osf, globe],
      delegates: [
        { id: 'd1', organisationId: 'o1', name: 'Saran', contact: 'saran@example.org', ballotHolder: true },
        { id: 'd2', organisationId: 'o1', name: 'Bold', contact: null, ballotHolder: false },
      ],
    });
    expect(list.version).toBe(1);
    expect(list.organisations.map((o) => o.name)).toEqual(['Globe International', 'Open Society Forum Mongolia']);
    expect(list.organisations[1]).toEqual(osf);
    expect(list.delegates.map((d) => [d.name, d.ballotHolder])).toEqual([['Bold', false], ['Saran', true]]);
    // A new ballot holder takes the flag from the organisation's other delegates.
    const next = await store.editInvitationList('w1', { delegates: [{ id: 'd2', organisationId: 'o1', name: 'Bold', contact: null, ballotHolder: true }] });
    expect(next.version).toBe(2);
    expect(next.delegates.map((d) => [d.name, d.ballotHolder])).toEqual([['Bold', true], ['Saran', false]]);
    expect(await store.loadInvitationList('w1')).toEqual(next);
    await store.close();
  });

  it('keeps a participant’s standing with their token, and removing an organisation takes its delegates and the match', async () => {
    const store = await withWorkshop(open);
    await store.editInvitationList('w1', { organisations: [osf], delegates: [{ id: 'd1', organisationId: 'o1', name: 'Saran', contact: null, ballotHolder: false }] });
    await join(store, 'p1', 'OSF', waiting('p1'));
    await join(store, 'p2', 'Elsewhere');
    expect(await store.findToken('h-p1')).toMatchObject({ accreditation: waiting('p1'), listedOrganisation: null });
    expect(await store.findToken('h-p2')).toMatchObject({ accreditation: null, listedOrganisation: null });

    const admitted: Accreditation = { participantId: 'p1', organisationId: 'o1', delegateId: 'd1', admission: 'admitted', admittedAt: 50 };
    expect(await store.setAccreditation('w1', admitted)).toBe(true);
    expect(await store.setAccreditation('w1', { ...admitted, participantId: 'nobody' })).toBe(false);
    expect(await store.findToken('h-p1')).toMatchObject({ accreditation: admitted, listedOrganisation: osf.name });
    expect(await store.listAccreditations('w1')).toEqual([admitted]);

    const list = await store.editInvitationList('w1', { removeOrganisationIds: ['o1'] });
    expect(list).toMatchObject({ organisations: [], delegates: [] });
    expect(await store.listAccreditations('w1')).toEqual([{ ...admitted, organisationId: null, delegateId: null }]);
    await store.close();
  });

  it('merges two spellings: aliases, delegates and participants move, and their two ballots become one', async () => {
    const store = await withWorkshop(open);
    await store.editInvitationList('w1', {
      organisations: [osf, osfTyped],
      delegates: [{ id: 'd9', organisationId: 'o2', name: 'Tuya', contact: null, ballotHolder: false }],
    });
    await join(store, 'p1', 'Open Society Forum Mongolia', { participantId: 'p1', organisationId: 'o1', delegateId: null, admission: 'admitted', admittedAt: 5 });
    await join(store, 'p2', 'OSF', { participantId: 'p2', organisationId: 'o2', delegateId: 'd9', admission: 'admitted', admittedAt: 6 });
    await store.openVote(
      {
        id: 'v1', workshopId: 'w1', charter: null, openedAt: 10, closedAt: null, result: null,
        spec: { kind: 'yesno', question: 'Adopt?', franchise: 'organisation', secret: false, showResults: 'after', threshold: 'majority' },
      },
      { at: 10, actorRole: 'facilitator', actorName: 'Facilitator', command: 'vote:open', detail: {} },
    );
    const ballot = (participantId: string, organisationId: string, castAt: number): BallotRecord => ({
      voteId: 'v1', voterKey: listedOrganisationVoterKey(organisationId), participantId, name: participantId, organisation: null,
      requestId: `r-${participantId}`, choice: 'yes', castAt,
    });
    expect(await store.castBallot(ballot('p2', 'o2', 20))).toBe('cast');
    expect(await store.castBallot(ballot('p1', 'o1', 30))).toBe('cast');

    expect(await store.mergeOrganisations('w1', 'o2', 'o2')).toBeNull();
    expect(await store.mergeOrganisations('w1', 'o2', 'missing')).toBeNull();
    const merge = await store.mergeOrganisations('w1', 'o2', 'o1');
    expect(merge?.participantIds).toEqual(['p2']);
    expect(merge?.droppedBallots).toBe(1);
    expect(merge?.list.organisations).toEqual([{ ...osf, aliases: ['OSF Mongolia', 'OSF'] }]);
    expect(merge?.list.delegates.map((d) => d.organisationId)).toEqual(['o1']);
    expect((await store.listAccreditations('w1')).map((a) => a.organisationId)).toEqual(['o1', 'o1']);
    // The earlier ballot (OSF's delegate, at 20) is the organisation's one ballot; its delegate still holds it.
    const ballots = await store.listBallots('v1');
    expect(ballots.map((b) => [b.voterKey, b.participantId])).toEqual([[listedOrganisationVoterKey('o1'), 'p2']]);
    expect(await store.castBallot({ ...ballot('p1', 'o1', 40), requestId: 'r-again' })).toBe('taken');
    expect(await store.castBallot({ ...ballot('p2', 'o1', 40), requestId: 'r-p2b', choice: 'no' })).toBe('replaced');
    expect((await store.loadInvitationList('w1')).version).toBe(2);
    await store.close();
  });

  it('lets two workshops hold the same list under the same ids, each changed, merged and linked on its own', async () => {
    const store = await withWorkshop(open);
    await store.createWorkshop({ id: 'w2', title: 'UPR, restored', country: null, startsOn: null, endsOn: null, joinCode: 'GHJKMN', createdAt: 2 }, []);
    const delegates = [
      { id: 'd1', organisationId: 'o1', name: 'Saran', contact: null, ballotHolder: true },
      { id: 'd2', organisationId: 'o2', name: 'Bold', contact: null, ballotHolder: false },
    ];
    const same = { organisations: [osf, osfTyped, globe], delegates };
    const first = await store.editInvitationList('w1', same);
    const second = await store.editInvitationList('w2', same);
    expect(second).toEqual(first);
    // A participant of each workshop matched to the same ids; the token reads its own workshop's name.
    await join(store, 'p1', 'OSF', { participantId: 'p1', organisationId: 'o1', delegateId: 'd1', admission: 'admitted', admittedAt: 5 });
    await store.addParticipant(
      { id: 'q1', workshopId: 'w2', name: 'q1', organisation: 'OSF', createdAt: 6 },
      { hash: 'h-q1', workshopId: 'w2', role: 'participant', participantId: 'q1' },
      { participantId: 'q1', organisationId: 'o1', delegateId: 'd1', admission: 'admitted', admittedAt: 6 },
    );
    await store.editInvitationList('w2', { organisations: [{ ...osf, name: 'Open Society Forum' }] });
    expect(await store.findToken('h-p1')).toMatchObject({ listedOrganisation: osf.name });
    expect(await store.findToken('h-q1')).toMatchObject({ listedOrganisation: 'Open Society Forum' });
    // A merge and a removal in the second leave the first as it was.
    expect((await store.mergeOrganisations('w2', 'o2', 'o1'))?.list.organisations.map((o) => o.id)).toEqual(['o3', 'o1']);
    await store.editInvitationList('w2', { removeOrganisationIds: ['o3'], removeDelegateIds: ['d1'] });
    expect(await store.loadInvitationList('w1')).toEqual(first);
    expect(await store.listAccreditations('w1')).toEqual([{ participantId: 'p1', organisationId: 'o1', delegateId: 'd1', admission: 'admitted', admittedAt: 5 }]);
    expect(await store.listAccreditations('w2')).toEqual([{ participantId: 'q1', organisationId: 'o1', delegateId: null, admission: 'admitted', admittedAt: 6 }]);
    // A delegate's link is the workshop's own: issuing the same delegate's link in both keeps both.
    const audit = { at: 1, actorRole: 'facilitator' as const, actorName: 'Facilitator', command: 'invitation:issue' as const, detail: {} };
    await store.writeInvitations('w1', { issue: [{ workshopId: 'w1', delegateId: 'd2', hash: 'link-1', issuedAt: 10 }], revoke: [] }, audit);
    await store.writeInvitations('w2', { issue: [{ workshopId: 'w2', delegateId: 'd2', hash: 'link-2', issuedAt: 20 }], revoke: [] }, audit);
    expect((await store.listInvitations('w1')).map((i) => i.hash)).toEqual(['link-1']);
    expect(await store.findInvitation('link-2')).toEqual({ workshopId: 'w2', delegateId: 'd2', hash: 'link-2', issuedAt: 20 });
    await store.close();
  });
}
