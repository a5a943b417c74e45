/** The store rules for attendance and restores, part of the suite every Store passes (see storeContract.testSuite.ts). */
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Assessment } from '../../shared/tracking.js';
import type { RestoredWorkshop, Store } from './Store.js';

/** Two assessments of one plan row, the later one first in neither id nor time order, only in the archive's. */
const assessments = (workshopId: string, participantId: string): Assessment[] => [
  {
    id: `${workshopId}-b`, workshopId, target: { kind: 'planRow', id: 'row-1' }, rating: 'partially', evidence: 'Draft law tabled',
    source: 'https://example.org/draft', nextCycle: '', assessedOn: '2026-03-01', authorParticipantId: participantId,
    authorName: 'Saran', authorOrganisation: 'MONFEMNET', recordedAt: 300,
  },
  {
    id: `${workshopId}-a`, workshopId, target: { kind: 'planRow', id: 'row-1' }, rating: 'fully', evidence: 'Law adopted',
    source: 'State Great Khural, 2026', nextCycle: 'Monitor', assessedOn: '2026-06-01', authorParticipantId: null,
    authorName: 'Facilitator', authorOrganisation: null, recordedAt: 200,
  },
];

function restored(id: string, joinCode: string, participantId: string): RestoredWorkshop {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'restored');
  return {
    workshop: { id, title: 'Restored', country: null, startsOn: null, endsOn: null, joinCode, createdAt: 1 },
    tokens: [{ hash: `hash-${id}`, workshopId: id, role: 'facilitator', participantId: null }],
    participants: [{ id: participantId, workshopId: id, name: 'Saran', organisation: 'MONFEMNET', createdAt: 5 }],
    attendance: [{ participantId, sessionId: 's1', firstSeenAt: 10 }],
    lastSeen: [{ participantId, lastSeenAt: 20 }],
    control: {
      agenda: { days: [] }, currentSessionId: null, timer: { durationMs: 0, endsAt: null, remainingMs: 0 },
      locks: { experiences: false, recommendations: false, plan: false, strategy: false, charter: false, responses: false },
      spotlight: null, hands: [], returningOrganisations: [], charter: { frozen: false, adoptionVoteId: null, adopted: null, signatories: [] },
      amendments: { mode: false, items: [] }, priorities: { 'current/84.1': 'high' }, language: 'mn',
      projector: { resultsFrom: 0, joinCodeLarge: false },
      entryMode: 'open',
      dialogue: null,
    },
    votes: [],
    assessments: assessments(id, participantId),
    // The same ids in every restored workshop, as a record restored twice has them.
    invitations: {
      version: 4,
      organisations: [{ id: 'o2', name: 'Globe', aliases: [], returning: false }, { id: 'o1', name: 'MONFEMNET', aliases: ['Монфемнет'], returning: true }],
      delegates: [{ id: 'd1', organisationId: 'o1', name: 'Saran', contact: null, ballotHolder: true }],
    },
    accreditations: [{ participantId, organisationId: 'o1', delegateId: 'd1', admission: 'admitted', admittedAt: 7 }],
    submission: 'single',
    documents: [{ name: `${id}/plan`, state: Y.encodeStateAsUpdate(doc) }],
  };
}

/** Attendance is noted once per (participant, session); a restore writes all or nothing. */
export function restoreContract(open: () => Promise<Store>): void {
  it('restores a workshop with its participants, attendance, control record and documents', async () => {
    const store = await open();
    await store.restoreWorkshop(restored('w1', 'ABCDEF', 'p1'));
    expect((await store.findWorkshop('w1'))?.title).toBe('Restored');
    expect((await store.listParticipants('w1')).map((p) => p.name)).toEqual(['Saran']);
    expect(await store.listAttendance('w1')).toEqual([{ participantId: 'p1', sessionId: 's1', firstSeenAt: 10 }]);
    expect(await store.listLastSeen('w1')).toEqual([{ participantId: 'p1', lastSeenAt: 20 }]);
    expect((await store.loadControl('w1'))?.locks.plan).toBe(false);
    expect((await store.loadDocument('w1/plan')).updates).toHaveLength(1);
    // In the archive's order, whatever their ids and times: the last is the row's current rating.
    expect(await store.listAssessments('w1')).toEqual(assessments('w1', 'p1'));
    expect(await store.loadInvitationList('w1')).toEqual(restored('w1', 'ABCDEF', 'p1').invitations);
    expect(await store.listAccreditations('w1')).toEqual(restored('w1', 'ABCDEF', 'p1').accreditations);
    expect(await store.loadSubmissionKind('w1')).toBe('single');
    await store.recordAttendance('w1', 's1', ['p1'], 99);
    await store.recordAttendance('w1', 's2', ['p1'], 100);
    expect((await store.listAttendance('w1')).map((a) => [a.sessionId, a.firstSeenAt])).toEqual([['s1', 10], ['s2', 100]]);
    await store.close();
  });

  it('restores the same invitation list into two workshops', async () => {
    const store = await open();
    await store.restoreWorkshop(restored('w1', 'ABCDEF', 'p1'));
    await store.restoreWorkshop(restored('w2', 'GHJKMN', 'p2'));
    expect(await store.loadInvitationList('w2')).toEqual(await store.loadInvitationList('w1'));
    expect(await store.findToken('hash-w2')).toMatchObject({ workshopId: 'w2' });
    expect((await store.listAccreditations('w2')).map((a) => [a.participantId, a.organisationId])).toEqual([['p2', 'o1']]);
    await store.close();
  });

  it('leaves nothing behind when a restore fails half-way', async () => {
    const store = await open();
    await store.restoreWorkshop(restored('w1', 'ABCDEF', 'p1'));
    // The participant id clashes: the workshop row is written first, then everything rolls back.
    await expect(store.restoreWorkshop(restored('w2', 'GHJKMN', 'p1'))).rejects.toThrow();
    expect(await store.findWorkshop('w2')).toBeNull();
    expect(await store.findToken('hash-w2')).toBeNull();
    expect(await store.listAssessments('w2')).toEqual([]);
    expect(await store.loadInvitationList('w2')).toEqual({ version: 0, organisations: [], delegates: [] });
    expect(await store.loadDocument('w2/plan')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
    await store.close();
  });

  it('numbers a restored workshop\'s documents apart from updates stored before and after it', async () => {
    const store = await open();
    const edit = (text: string) => {
      const doc = new Y.Doc();
      doc.getText('t').insert(0, text);
      return Y.encodeStateAsUpdate(doc);
    };
    await store.appendUpdates('w0/plan', [edit('before')]);
    await store.restoreWorkshop(restored('w1', 'ABCDEF', 'p1'));
    const after = await store.appendUpdates('w0/plan', [edit('after')]);
    const plan = await store.loadDocument('w0/plan');
    expect(plan.updates).toHaveLength(2);
    expect(plan.lastSeq).toBe(after);
    expect((await store.loadDocument('w1/plan')).updates).toHaveLength(1);
    await store.close();
  });
}
