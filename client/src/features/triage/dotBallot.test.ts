import { describe, expect, it } from 'vitest';
import type { VoteSpec } from '../../../../shared/votes.js';
import { dotsUsed, moveDot } from './dotBallot.js';
import { isTableDotVote } from '../../../../shared/voteKinds.js';
import { dotCounts, openDotVote, topOptions } from './openDotVote.js';

const spec = (perBallot: number, stack: boolean): VoteSpec => ({
  kind: 'dots', question: 'Which first?', options: ['a', 'b', 'c'], franchise: 'participant', secret: true,
  showResults: 'live', threshold: 'majority', dots: { perBallot, stack }, subject: { section: 'recommendations' },
});

describe('placing dots', () => {
  it('stops at the number of dots per participant', () => {
    let placement = moveDot(spec(2, true), {}, 'a', 1) ?? {};
    placement = moveDot(spec(2, true), placement, 'a', 1) ?? {};
    expect(placement).toEqual({ a: 2 });
    expect(moveDot(spec(2, true), placement, 'b', 1)).toBeNull();
    expect(dotsUsed(placement)).toBe(2);
  });

  it('without stacking, one dot per recommendation', () => {
    expect(moveDot(spec(3, false), { a: 1 }, 'a', 1)).toBeNull();
    expect(moveDot(spec(3, false), { a: 1 }, 'b', 1)).toEqual({ a: 1, b: 1 });
  });

  it('taking a dot back frees it; nothing below zero, nothing outside the options', () => {
    expect(moveDot(spec(3, false), { a: 1 }, 'a', -1)).toEqual({});
    expect(moveDot(spec(3, false), {}, 'a', -1)).toBeNull();
    expect(moveDot(spec(3, false), {}, 'z', 1)).toBeNull();
  });
});

describe('the dot vote in the room state', () => {
  const vote = (id: string, status: 'open' | 'closed', counts: Record<string, number>) => ({
    id, spec: spec(3, false), status, openedAt: 1, closedAt: null, charterHash: null, turnout: { ballots: 1, present: 2 },
    live: { counts, ballots: 1, method: 'dots' }, voters: null, result: null,
  });

  it('finds the newest open dot vote', () => {
    expect(openDotVote([vote('1', 'open', {}), vote('2', 'closed', {})])?.id).toBe('1');
    expect(openDotVote([vote('2', 'closed', {})])).toBeNull();
  });

  it('only dot votes about the recommendations belong to the triage', () => {
    const triage = vote('1', 'open', {});
    expect(isTableDotVote(triage.spec)).toBe(true);
    expect(isTableDotVote({ ...triage.spec, subject: undefined })).toBe(false);
    expect(openDotVote([{ ...triage, spec: { ...triage.spec, subject: { section: 'charter' } } }])).toBeNull();
  });

  it('ranks the options with dots, most first', () => {
    const counts = dotCounts(vote('1', 'open', { a: 1, b: 4, c: 0 }));
    expect(topOptions(counts, 5)).toEqual([{ option: 'b', dots: 4 }, { option: 'a', dots: 1 }]);
  });
});
