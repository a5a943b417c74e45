/** The dot vote of the recommendations section that is open now, if any. */
import { isTableDotVote } from '../../../../shared/voteKinds.js';
import type { VoteSummary } from '../../../../shared/votes.js';

/** The newest open triage dot vote, or null. */
export function openDotVote(votes: readonly VoteSummary[] | undefined): VoteSummary | null {
  return (votes ?? []).filter((vote) => vote.status === 'open' && isTableDotVote(vote.spec)).at(-1) ?? null;
}

/** The newest triage dot vote, open or closed, for the chart. */
export function latestDotVote(votes: readonly VoteSummary[] | undefined): VoteSummary | null {
  return (votes ?? []).filter((vote) => isTableDotVote(vote.spec)).at(-1) ?? null;
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
