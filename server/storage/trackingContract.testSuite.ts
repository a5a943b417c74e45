/** Implementation assessments, held to the same rules in every store (called by `storeContract`). */
import { expect, it } from 'vitest';
import type { Assessment } from '../../shared/tracking.js';
import type { Store } from './Store.js';

const assessment = (id: string, over: Partial<Assessment> = {}): Assessment => ({
  id,
  workshopId: 'w1',
  target: { kind: 'recommendation', id: 'current/108.1' },
  rating: 'partially',
  evidence: 'Шинэ хууль батлагдсан.',
  source: 'https://legalinfo.mn/law/123',
  nextCycle: '',
  assessedOn: '2026-11-02',
  authorParticipantId: null,
  authorName: 'Facilitator',
  authorOrganisation: null,
  recordedAt: 1000,
  ...over,
});

const workshop = (id: string, joinCode: string) => ({ id, title: 'UPR', country: null, startsOn: null, endsOn: null, joinCode, createdAt: 1 });

export function trackingContract(open: () => Promise<Store>): void {
  it('keeps every assessment in the order stored, each workshop its own', async () => {
    const store = await open();
    await store.createWorkshop(workshop('w1', 'TRACK1'), []);
    await store.createWorkshop(workshop('w2', 'TRACK2'), []);
    const first = assessment('a1', { rating: 'not', recordedAt: 2000 });
    // Stored later with an earlier clock: the history follows the store's order, not the clock.
    const second = assessment('a2', { target: { kind: 'planRow', id: 'row-1' }, rating: 'fully', recordedAt: 1500, nextCycle: 'Keep funding it.' });
    await store.addAssessment(first);
    await store.addAssessment(second);
    await store.addAssessment(assessment('a3', { workshopId: 'w2' }));
    expect(await store.listAssessments('w1')).toEqual([first, second]);
    expect((await store.listAssessments('w2')).map((a) => a.id)).toEqual(['a3']);
    await store.close();
  });

  it('refuses an assessment without a source and stores nothing of it', async () => {
    const store = await open();
    await store.createWorkshop(workshop('w1', 'TRACK1'), []);
    await expect(store.addAssessment(assessment('a1', { source: '   ' }))).rejects.toThrow();
    expect(await store.listAssessments('w1')).toEqual([]);
    await store.close();
  });

  it('keeps one joint or single submission per workshop, joint until chosen', async () => {
    const store = await open();
    await store.createWorkshop(workshop('w1', 'TRACK1'), []);
    await store.createWorkshop(workshop('w2', 'TRACK2'), []);
    expect(await store.loadSubmissionKind('w1')).toBe('joint');
    expect(await store.setSubmissionKind('w1', 'single')).toBe(true);
    expect(await store.loadSubmissionKind('w1')).toBe('single');
    expect(await store.loadSubmissionKind('w2')).toBe('joint');
    expect(await store.setSubmissionKind('w1', 'joint')).toBe(true);
    expect(await store.loadSubmissionKind('w1')).toBe('joint');
    expect(await store.setSubmissionKind('nowhere', 'single')).toBe(false);
    expect(await store.loadSubmissionKind('nowhere')).toBe('joint');
    await store.close();
  });
}
