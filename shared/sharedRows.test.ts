import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPlanRow, readPlan, setPlanStatus } from './plan.js';
import { findRow, removeRow, rowText, setRowLink } from './sharedRows.js';
import { addActivity, readStrategy, setMilestoneDate } from './strategy.js';

/** Two replicas that exchange every update, as two browsers through the server would. */
function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, u, 'remote'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, u, 'remote'));
  return [a, b];
}

describe('plan rows', () => {
  it('co-edit two fields of one row and the same field without losing words', () => {
    const [a, b] = pair();
    const row = addPlanRow(a, { recommendationKeys: ['previous/84.2'], texts: { responsibleBody: 'Ministry of Justice' } });
    const id = row.get('id') as string;
    const remote = findRow(b, id)!;
    rowText(row, 'indicators').insert(0, 'OP-CAT ratified');
    rowText(remote, 'timeline').insert(0, 'by 2017');
    rowText(remote, 'indicators').insert(0, 'NPM set up; ');
    setPlanStatus(remote, 'ongoing');
    expect(readPlan(a)).toEqual(readPlan(b));
    expect(readPlan(a)[0]).toMatchObject({
      recommendationKeys: ['previous/84.2'],
      responsibleBody: 'Ministry of Justice',
      timeline: 'by 2017',
      status: 'ongoing',
      example: false,
    });
    expect(readPlan(a)[0]!.indicators).toContain('OP-CAT ratified');
    expect(readPlan(a)[0]!.indicators).toContain('NPM set up; ');
  });

  it('links and unlinks recommendations once each, and removes rows', () => {
    const doc = new Y.Doc();
    const row = addPlanRow(doc);
    setRowLink(row, 'current/115.3', true);
    setRowLink(row, 'current/115.3', true);
    setRowLink(row, 'current/115.9', true);
    setRowLink(row, 'current/115.3', false);
    expect(readPlan(doc)[0]!.recommendationKeys).toEqual(['current/115.9']);
    expect(removeRow(doc, row.get('id') as string)).toBe(true);
    expect(readPlan(doc)).toEqual([]);
  });

  it('reads foreign values as unset rather than throwing', () => {
    const doc = new Y.Doc();
    const row = addPlanRow(doc);
    row.set('status', 'bogus');
    row.set('indicators', 42);
    expect(readPlan(doc)[0]).toMatchObject({ status: 'not-started', indicators: '' });
  });
});

describe('strategy activities', () => {
  it('keep target, milestone date and links; refuse a malformed date', () => {
    const doc = new Y.Doc();
    const row = addActivity(doc, { target: 'parliament', milestoneDate: '2015-10-15', recommendationKeys: ['current/115.1'], texts: { activity: 'Briefing for MPs' } });
    expect(readStrategy(doc)[0]).toMatchObject({ target: 'parliament', milestoneDate: '2015-10-15', activity: 'Briefing for MPs', status: 'planned' });
    setMilestoneDate(row, '15/10/2015');
    expect(readStrategy(doc)[0]!.milestoneDate).toBeNull();
  });
});
