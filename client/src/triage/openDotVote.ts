/** The dot vote of the recommendations section that is open now, if any. */
import type { VoteSummary } from '../../../shared/votes.js';

/**
 * A dot vote on recommendations, opened from the triage: its dots are placed in the table and
 * its chart names the recommendations, so the generic ballot and result panels leave it out.
 */
export function isTriageDotVote(vote: VoteSummary): boolean {
  return vote.spec.kind === 'dots' && vote.spec.subject?.section === 'recommendations';
}

/** The newest open triage dot vote, or null. */
export function openDotVote(votes: readonly VoteSummary[] | undefined): VoteSummary | null {
  return (votes ?? []).filter((vote) => vote.status === 'open' && isTriageDotVote(vote)).at(-1) ?? null;
}

/** The newest triage dot vote, open or closed, for the chart. */
export function latestDotVote(votes: readonly VoteSummary[] | undefined): VoteSummary | null {
  return (votes ?? []).filter(isTriageDotVote).at(-1) ?? null;
}

/** Counts by option: the result once closed, the live counts while open (empty when hidden). */
export function dotCounts(vote: VoteSummary): Record<string, number> {
  return vote.result?.counts ?? vote.live?.counts ?? {};
}

/** The options with dots, most first, at most `limit`. */
export function topOptions(counts: Readonly<Record<string, number>>, limit: number): Array<{ option: string; dots: number }> {
  return Object.entries(counts)
    .filter(([, dots]) => dots > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'en', { numeric: true }))
    .slice(0, limit)
    .map(([option, dots]) => ({ option, dots }));
}
