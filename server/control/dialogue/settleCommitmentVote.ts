/**
 * After the room's vote on a plan row's commitment closes: passed, the row becomes a joint
 * commitment confirmed by that vote, with its tally; failed, it is not one (and the audit says so).
 */
import type { Identity } from '../../../shared/api.js';
import { commitmentVoteRow } from '../../../shared/commitmentVotes.js';
import type { CommitmentTally } from '../../../shared/dialogue.js';
import type { VoteResult } from '../../../shared/votes.js';
import type { StoredVote } from '../../storage/Store.js';
import { auditEntry, type VoteDeps } from '../votes/voteDeps.js';

/** The tally a commitment keeps of the vote that confirmed it. */
export function commitmentTally(vote: Pick<StoredVote, 'spec'>, result: VoteResult): CommitmentTally {
  return { counts: result.counts, ballots: result.turnout.ballots, present: result.turnout.present, threshold: vote.spec.threshold };
}

/** Settles the commitment a closed vote was about; does nothing for any other vote, or outside a dialogue day. */
export async function settleCommitmentVote(vote: StoredVote, result: VoteResult, identity: Identity, deps: VoteDeps): Promise<void> {
  const rowId = commitmentVoteRow(vote.spec);
  if (!rowId || !deps.controls.get(identity.workshopId)?.dialogue) return;
  const { entry } = await deps.controls.change(identity.workshopId, (draft) => {
    if (draft.dialogue && result.passed) {
      draft.dialogue.commitments[rowId] = { rowId, confirmedAt: result.closedAt, voteId: vote.id, representatives: [], tally: commitmentTally(vote, result) };
    }
    const commitment = result.passed ? 'confirmed by the vote' : 'not confirmed: the vote did not pass';
    return { result: null, audit: auditEntry(identity, 'vote:close', result.closedAt, { voteId: vote.id, rowId, commitment }) };
  });
  deps.changed(identity.workshopId, entry);
}
