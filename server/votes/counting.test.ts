import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BallotChoice } from '../../shared/votes.js';
import { countApproval, countConsent, countDots, countRanking, countYesNo } from './counting.js';

/** Reproduce a failure with FC_SEED=<seed>; the seed is printed on every run. */
const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`vote counting properties: fast-check seed ${seed} (rerun with FC_SEED=${seed})`);
const params = { seed, numRuns: 200 };

const optionsArb = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 7 });

describe('counting by kind', () => {
  it('counts yes/no/abstain and agree/stand-aside/object', () => {
    expect(countYesNo(['yes', 'no', 'yes', 'abstain']).counts).toEqual({ yes: 2, no: 1, abstain: 1 });
    expect(countConsent(['agree', 'stand-aside', 'object', 'agree']).counts).toEqual({ agree: 2, 'stand-aside': 1, object: 1 });
    expect(countYesNo([]).counts).toEqual({ yes: 0, no: 0, abstain: 0 });
  });

  it('Borda: a known election', () => {
    // 3 options, so a first choice earns 2 points, a second 1, a third 0.
    const ballots: BallotChoice[] = [
      ...Array<BallotChoice>(4).fill(['Torture', 'Health', 'Mining']),
      ...Array<BallotChoice>(3).fill(['Health', 'Mining', 'Torture']),
      ...Array<BallotChoice>(2).fill(['Mining', 'Health', 'Torture']),
    ];
    const result = countRanking(['Torture', 'Health', 'Mining'], ballots);
    // Torture 4×2 = 8; Health 4×1 + 3×2 + 2×1 = 12; Mining 3×1 + 2×2 = 7. Plurality would pick Torture; Borda picks Health.
    expect(result.counts).toEqual({ Torture: 8, Health: 12, Mining: 7 });
    expect(result.backers).toEqual({ Torture: 4, Health: 3, Mining: 2 });
    expect(result.method).toMatch(/^Borda count/);
  });

  it('Borda: unranked options score nothing', () => {
    expect(countRanking(['a', 'b', 'c', 'd'], [['c'], ['d', 'c']]).counts).toEqual({ a: 0, b: 0, c: 5, d: 3 });
  });

  it('yes/no counts match an independent tally (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('yes', 'no', 'abstain')), (choices) => {
        const counts = countYesNo(choices).counts;
        for (const key of ['yes', 'no', 'abstain']) expect(counts[key]).toBe(choices.filter((c) => c === key).length);
      }),
      params,
    );
  });

  it('approval counts match an independent tally (property)', () => {
    const arb = optionsArb.chain((options) => fc.tuple(fc.constant(options), fc.array(fc.subarray(options), { maxLength: 150 })));
    fc.assert(
      fc.property(arb, ([options, ballots]) => {
        const result = countApproval(options, ballots);
        for (const option of options) expect(result.counts[option]).toBe(ballots.filter((b) => b.includes(option)).length);
        expect(result.ballots).toBe(ballots.length);
      }),
      params,
    );
  });

  it('dot counts match an independent tally, and backers are ballots with a dot there (property)', () => {
    const arb = optionsArb.chain((options) =>
      fc.tuple(fc.constant(options), fc.array(fc.dictionary(fc.constantFrom(...options), fc.nat(5)), { maxLength: 150 })),
    );
    fc.assert(
      fc.property(arb, ([options, ballots]) => {
        const result = countDots(options, ballots);
        for (const option of options) {
          expect(result.counts[option]).toBe(ballots.reduce((sum, b) => sum + (b[option] ?? 0), 0));
          expect(result.backers[option]).toBe(ballots.filter((b) => (b[option] ?? 0) > 0).length);
        }
      }),
      params,
    );
  });

  it('Borda points match an independent tally, and full rankings share n(n−1)/2 points each (property)', () => {
    const arb = optionsArb.chain((options) =>
      fc.tuple(fc.constant(options), fc.array(fc.shuffledSubarray(options, { minLength: 1 }), { maxLength: 150 })),
    );
    fc.assert(
      fc.property(arb, ([options, ballots]) => {
        const n = options.length;
        const result = countRanking(options, ballots);
        for (const option of options) {
          const independent = ballots.reduce((sum, b) => (b.includes(option) ? sum + n - 1 - b.indexOf(option) : sum), 0);
          expect(result.counts[option]).toBe(independent);
        }
        const full = ballots.filter((b) => b.length === n);
        const fullTotal = countRanking(options, full);
        expect(Object.values(fullTotal.counts).reduce((a, b) => a + b, 0)).toBe((full.length * n * (n - 1)) / 2);
      }),
      params,
    );
  });
});
