import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../../../shared/agenda.js';
import { adjacentSession, dropTarget, moveTarget } from './agendaMoves.js';

const session = (id: string) => ({ id, title: id, startsAt: '09:00', endsAt: '10:00', stage: 'plenary' as const, notes: '' });
const agenda: Agenda = {
  days: [
    { id: 'd1', title: 'Day 1', sessions: [session('a'), session('b')] },
    { id: 'd2', title: 'Day 2', sessions: [] },
    { id: 'd3', title: 'Day 3', sessions: [session('c')] },
  ],
};

describe('agenda moves', () => {
  it('steps to the next and previous session across days', () => {
    expect(adjacentSession(agenda, null, 1)?.id).toBe('a');
    expect(adjacentSession(agenda, null, -1)).toBeNull();
    expect(adjacentSession(agenda, 'b', 1)?.id).toBe('c');
    expect(adjacentSession(agenda, 'c', -1)?.id).toBe('b');
    expect(adjacentSession(agenda, 'c', 1)).toBeNull();
    expect(adjacentSession(agenda, 'gone', 1)).toBeNull();
  });

  it('moves within a day, then across the edge into the neighbouring day', () => {
    expect(moveTarget(agenda, 'a', 1)).toEqual({ dayId: 'd1', index: 1 });
    expect(moveTarget(agenda, 'b', -1)).toEqual({ dayId: 'd1', index: 0 });
    expect(moveTarget(agenda, 'b', 1)).toEqual({ dayId: 'd2', index: 0 });
    expect(moveTarget(agenda, 'c', -1)).toEqual({ dayId: 'd2', index: 0 });
    expect(moveTarget(agenda, 'a', -1)).toBeNull();
    expect(moveTarget(agenda, 'c', 1)).toBeNull();
  });

  it('drops a dragged session at the place of the one it was dropped on', () => {
    expect(dropTarget(agenda, 'c')).toEqual({ dayId: 'd3', index: 0 });
    expect(dropTarget(agenda, 'nope')).toBeNull();
  });
});
