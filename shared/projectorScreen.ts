/**
 * What the room's screen shows of the control state's projector field, read the same way by the
 * projector, the console (which offers "hide" only when something is shown) and the tests.
 */
import type { ProjectorRecord } from './events.js';
import type { VoteSummary } from './votes.js';

/** The latest closed vote of `votes`, when it closed after `resultsFrom`; else null. */
export function shownResult(votes: readonly VoteSummary[], projector: ProjectorRecord | undefined): VoteSummary | null {
  let latest: VoteSummary | null = null;
  for (const vote of votes) {
    if (vote.closedAt !== null && vote.result && (latest === null || vote.closedAt >= (latest.closedAt ?? 0))) latest = vote;
  }
  if (!latest || latest.closedAt === null) return null;
  return latest.closedAt > (projector?.resultsFrom ?? 0) ? latest : null;
}
