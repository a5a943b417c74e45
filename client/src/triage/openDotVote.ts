/** The dot vote of the recommendations section that is open now, if any. */
import type { VoteSummary } from '../../../shared/votes.js';

/** The newest open vote of kind `dots` about the recommendations section, or null. */
export function openDotVote(votes: readonly VoteSummary[] | undefined): VoteSummary | null {
  const open = (votes ?? []).filter(
    (vote) => vote.status === 'open' && vote.spec.kind === 'dots' && (vote.spec.subject?.section ?? 'recommendations') === 'recommendations',
  );
  return open.at(-1) ?? null;
}

/** The newest dot vote about recommendations, open or closed, for the chart. */
export function latestDotVote(votes: readonly VoteSummary[] | undefined): VoteSummary | null {
  const dots = (votes ?? []).filter((vote) => vote.spec.kind === 'dots' && (vote.spec.subject?.section ?? 'recommendations') === 'recommendations');
  return dots.at(-1) ?? null;
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
