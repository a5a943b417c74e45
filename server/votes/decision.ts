/** Whether a vote carried: quorum (enough ballots) and threshold (enough support among those taking a side). */
import type { Tally, Threshold, VoteResult, VoteSpec } from '../../shared/votes.js';

/** Quorum is met when the ballots cast reach the number required (no quorum: always met). */
export function quorumMet(ballots: number, required: number | undefined): boolean {
  return required === undefined || ballots >= required;
}

/**
 * Majority: more for than against. Two thirds: for is at least two thirds of for plus against.
 * Consensus: no one against. Every rule needs at least one ballot for; integer arithmetic keeps
 * two thirds exact.
 */
export function thresholdMet(rule: Threshold, votesFor: number, against: number): boolean {
  if (votesFor === 0) return false;
  switch (rule) {
    case 'majority':
      return votesFor > against;
    case 'two-thirds':
      return 3 * votesFor >= 2 * (votesFor + against);
    case 'consensus':
      return against === 0;
  }
}

/** The option with the strictly highest count, or null on a tie or with no options counted. */
export function leadingOption(counts: Record<string, number>): string | null {
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return null;
  return first[0];
}

/**
 * What the threshold weighs. Yes/no: yes against no. Consent: agree against object (one
 * objection blocks a consensus). Options: the ballots backing the leading option against the
 * other ballots; no single leading option means nothing passes.
 */
export function sides(spec: VoteSpec, tally: Tally): { leading: string | null; votesFor: number; against: number } {
  const { counts } = tally;
  if (spec.kind === 'yesno') return { leading: null, votesFor: counts.yes ?? 0, against: counts.no ?? 0 };
  if (spec.kind === 'consent') return { leading: null, votesFor: counts.agree ?? 0, against: counts.object ?? 0 };
  const leading = leadingOption(counts);
  const votesFor = leading ? (tally.backers[leading] ?? 0) : 0;
  return { leading, votesFor, against: tally.ballots - votesFor };
}

/** Quorum, threshold and the verdict of a counted vote. */
export function decide(spec: VoteSpec, tally: Tally): Pick<VoteResult, 'leading' | 'quorum' | 'threshold' | 'passed'> {
  const { leading, votesFor, against } = sides(spec, tally);
  const quorum = { required: spec.quorum ?? null, met: quorumMet(tally.ballots, spec.quorum) };
  const threshold = { rule: spec.threshold, for: votesFor, against, met: thresholdMet(spec.threshold, votesFor, against) };
  return { leading, quorum, threshold, passed: quorum.met && threshold.met };
}
