import { describe, expect, it } from 'vitest';
import type { VoteSpec } from '../../../../shared/votes.js';
import { addDot, canAddDot, dotsLeft, initialApprovals, initialDots, initialRanking, moveOption, removeDot, toggleApproval } from './ballotBuilding.js';

const options = ['Torture', 'Mining', 'Health'];
const dotVote = (perBallot: number, stack: boolean): VoteSpec => ({
  kind: 'dots',
  question: 'Which first?',
  options,
  franchise: 'participant',
  secret: false,
  showResults: 'live',
  threshold: 'majority',
  dots: { perBallot, stack },
});
const rankingVote: VoteSpec = { ...dotVote(1, false), kind: 'ranking', dots: undefined };

describe('placing dots', () => {
  it('stops at the number of dots a ballot has', () => {
    const spec = dotVote(3, true);
    let dots = {};
    for (let i = 0; i < 5; i += 1) dots = addDot(spec, dots, 'Mining');
    expect(dots).toEqual({ Mining: 3 });
    expect(dotsLeft(spec, dots)).toBe(0);
    expect(canAddDot(spec, dots, 'Health')).toBe(false);
  });

  it('puts at most one dot on an option when stacking is off', () => {
    const spec = dotVote(3, false);
    const dots = addDot(spec, addDot(spec, {}, 'Mining'), 'Mining');
    expect(dots).toEqual({ Mining: 1 });
    expect(addDot(spec, dots, 'Health')).toEqual({ Mining: 1, Health: 1 });
  });

  it('takes dots back one by one and forgets an option left with none', () => {
    expect(removeDot({ Mining: 2, Health: 1 }, 'Mining')).toEqual({ Mining: 1, Health: 1 });
    expect(removeDot({ Mining: 1, Health: 1 }, 'Mining')).toEqual({ Health: 1 });
    expect(removeDot({ Health: 1 }, 'Mining')).toEqual({ Health: 1 });
  });

  it('refuses options the vote does not have', () => {
    expect(addDot(dotVote(3, true), {}, 'Elsewhere')).toEqual({});
  });

  it('starts from the previous open ballot', () => {
    expect(initialDots({ Mining: 2 })).toEqual({ Mining: 2 });
    expect(initialDots('yes')).toEqual({});
    expect(initialDots(null)).toEqual({});
  });
});

describe('ranking options', () => {
  it('moves an option up and down', () => {
    expect(moveOption(options, 2, -1)).toEqual(['Torture', 'Health', 'Mining']);
    expect(moveOption(options, 0, 1)).toEqual(['Mining', 'Torture', 'Health']);
  });

  it('changes nothing for a move past either end', () => {
    expect(moveOption(options, 0, -1)).toEqual(options);
    expect(moveOption(options, 2, 1)).toEqual(options);
    expect(moveOption(options, 7, -1)).toEqual(options);
  });

  it('starts from the previous ranking, with options it left out at the end', () => {
    expect(initialRanking(rankingVote, ['Health'])).toEqual(['Health', 'Torture', 'Mining']);
    expect(initialRanking(rankingVote, null)).toEqual(options);
  });
});

describe('approving options', () => {
  it('keeps the vote’s order whatever the order of clicks', () => {
    const spec = { ...rankingVote, kind: 'approval' as const };
    const approved = toggleApproval(spec, toggleApproval(spec, [], 'Health', true), 'Torture', true);
    expect(approved).toEqual(['Torture', 'Health']);
    expect(toggleApproval(spec, approved, 'Torture', false)).toEqual(['Health']);
    expect(initialApprovals(spec, ['Health', 'Nope'])).toEqual(['Health']);
  });
});
