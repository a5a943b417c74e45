import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VoteSpec } from '../../shared/votes.js';
import { countConsent, countRanking, countYesNo } from './counting.js';
import { decide, leadingOption, quorumMet, thresholdMet } from './decision.js';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`vote decision properties: fast-check seed ${seed} (rerun with FC_SEED=${seed})`);

const spec = (overrides: Partial<VoteSpec>): VoteSpec => ({
  kind: 'yesno',
  question: 'Adopt?',
  franchise: 'participant',
  secret: true,
  showResults: 'after',
  threshold: 'majority',
  ...overrides,
});

describe('quorum and threshold', () => {
  it('a quorum is met at exactly the number required', () => {
    expect(quorumMet(9, 10)).toBe(false);
    expect(quorumMet(10, 10)).toBe(true);
    expect(quorumMet(0, undefined)).toBe(true);
  });

  it('majority is more for than against; a tie fails', () => {
    expect(thresholdMet('majority', 5, 4)).toBe(true);
    expect(thresholdMet('majority', 5, 5)).toBe(false);
  });

  it('two thirds is exact: 2 of 3 passes, 66 of 100 does not', () => {
    expect(thresholdMet('two-thirds', 2, 1)).toBe(true);
    expect(thresholdMet('two-thirds', 66, 34)).toBe(false);
    expect(thresholdMet('two-thirds', 67, 33)).toBe(true);
  });

  it('consensus: one objection blocks a consent vote; standing aside does not', () => {
    const consensus = spec({ kind: 'consent', threshold: 'consensus' });
    expect(decide(consensus, countConsent(['agree', 'agree', 'stand-aside'])).passed).toBe(true);
    expect(decide(consensus, countConsent(['agree', 'agree', 'object'])).passed).toBe(false);
    // Unless the rule says otherwise: under a majority rule an objection is outweighed.
    expect(decide(spec({ kind: 'consent', threshold: 'majority' }), countConsent(['agree', 'agree', 'object'])).passed).toBe(true);
  });

  it('abstentions count toward quorum, not toward the threshold', () => {
    const result = decide(spec({ quorum: 4 }), countYesNo(['yes', 'abstain', 'abstain', 'no', 'yes']));
    expect(result).toMatchObject({ quorum: { required: 4, met: true }, threshold: { for: 2, against: 1, met: true }, passed: true });
    expect(decide(spec({ quorum: 6 }), countYesNo(['yes', 'yes'])).passed).toBe(false);
  });

  it('a ranking passes for its Borda leader when enough ballots rank it first; a tie passes nothing', () => {
    const ranking = spec({ kind: 'ranking', options: ['a', 'b'], threshold: 'majority' });
    expect(decide(ranking, countRanking(['a', 'b'], [['a', 'b'], ['a', 'b'], ['b', 'a']]))).toMatchObject({ leading: 'a', passed: true });
    expect(decide(ranking, countRanking(['a', 'b'], [['a', 'b'], ['b', 'a']]))).toMatchObject({ leading: null, passed: false });
    expect(leadingOption({ a: 0, b: 0 })).toBeNull();
  });

  it('the rules nest: consensus ⇒ two thirds ⇒ majority (property)', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(300), (votesFor, against) => {
        if (thresholdMet('consensus', votesFor, against)) expect(thresholdMet('two-thirds', votesFor, against)).toBe(true);
        if (thresholdMet('two-thirds', votesFor, against) && against > 0) expect(thresholdMet('majority', votesFor, against)).toBe(true);
        expect(thresholdMet('two-thirds', votesFor, against)).toBe(votesFor > 0 && votesFor / (votesFor + against) >= 2 / 3 - 1e-12);
      }),
      { seed, numRuns: 500 },
    );
  });
});
