import { describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../../../shared/api.js';
import { loadToken } from '../../infra/auth/tokenStore.js';
import { forgetWorkshop, loadWorkshopList, parseWorkshopList, rememberWorkshop } from './workshopList.js';

const created = (id: string): CreateWorkshopResponse => ({
  id,
  joinCode: 'ABC234',
  facilitatorToken: `f-${id}`,
  projectorToken: `p-${id}`,
  links: { facilitator: `/w/${id}/facilitator#token=f`, projector: `/w/${id}/projector#token=p`, join: '/join?code=ABC234', reach: 'network' },
});

describe('the organiser’s workshop list', () => {
  it('keeps the newest first, once each, and the facilitator token for the export page', () => {
    rememberWorkshop('First', 'created', created('w1'), new Date('2025-01-01T10:00:00Z'));
    rememberWorkshop('Demo', 'demo', created('w2'));
    const list = rememberWorkshop('First again', 'restored', created('w1'));
    expect(list.map((entry) => [entry.id, entry.title, entry.origin])).toEqual([
      ['w1', 'First again', 'restored'],
      ['w2', 'Demo', 'demo'],
    ]);
    expect(loadWorkshopList()).toEqual(list);
    expect(loadToken('w2', 'facilitator')).toBe('f-w2');
  });

  it('forgets a workshop from the list but keeps its token for a console open on this device', () => {
    rememberWorkshop('Kept', 'created', created('w3'));
    expect(forgetWorkshop('w3').some((entry) => entry.id === 'w3')).toBe(false);
    expect(loadToken('w3', 'facilitator')).toBe('f-w3');
  });

  it('reads a damaged or foreign value as an empty list or drops the entries it cannot use', () => {
    expect(parseWorkshopList(null)).toEqual([]);
    expect(parseWorkshopList('{not json')).toEqual([]);
    expect(parseWorkshopList('{"id":"w1"}')).toEqual([]);
    const good = { id: 'w1', title: 'T', origin: 'demo', joinCode: 'ABC234', links: created('w1').links, createdAt: '2025-01-01T00:00:00.000Z' };
    expect(parseWorkshopList(JSON.stringify([good, { id: 'w2' }, null, { ...good, origin: 'other' }]))).toEqual([good]);
  });
});
