/**
 * After the room's vote on a plan row's commitment closes: passed, the row becomes a joint
 * commitment confirmed by that vote, with its tally; failed, it is not one (and the audit says so).
 */
import type { Identity } from '../../../shared/api.js';
import { commitmentVoteRow } from '../../../shared/commitmentVotes.js';
import type { CommitmentTally, DialogueRecord } from '../../../shared/dialogue.js';
import { readPlan } from '../../../shared/plan.js';
import { documentName } from '../../../shared/sections.js';
import { serverSideConnection } from '../../collaboration/RoomConnection.js';
import type { VoteResult } from '../../../shared/votes.js';
import type { StoredVote } from '../../storage/Store.js';
import { auditEntry, type VoteDeps } from '../votes/voteDeps.js';

/** The tally a commitment keeps of the vote that confirmed it. */
export function commitmentTally(vote: Pick<StoredVote, 'spec'>, result: VoteResult): CommitmentTally {
  return { counts: result.counts, ballots: result.turnout.ballots, present: result.turnout.present, threshold: vote.spec.threshold };
}

/**
 * Settles the commitment a closed vote was about; does nothing for any other vote, or outside a
 * dialogue day. The plan and the record are read again: a row removed meanwhile is not made a
 * commitment, and a commitment recorded meanwhile (by named representatives) is not overwritten —
 * the audit says what the vote decided either way. The row's claim is released.
 */
export async function settleCommitmentVote(vote: StoredVote, result: VoteResult, identity: Identity, deps: VoteDeps): Promise<void> {
  const rowId = commitmentVoteRow(vote.spec);
  if (!rowId || !deps.controls.get(identity.workshopId)?.dialogue) return;
  const rowExists = await planHasRow(deps, identity, rowId);
  const { entry } = await deps.controls.change(identity.workshopId, (draft) => {
    const dialogue = draft.dialogue;
    const claim = dialogue?.voting?.[rowId];
    if (dialogue?.voting && claim && (claim.voteId === vote.id || claim.voteId === null)) {
      const { [rowId]: _released, ...rest } = dialogue.voting;
      dialogue.voting = rest;
    }
    const recorded = dialogue?.commitments[rowId];
    let commitment = result.passed ? 'confirmed by the vote' : 'not confirmed: the vote did not pass';
    if (result.passed && !rowExists) commitment = 'not recorded: the row is no longer in the plan';
    else if (result.passed && recorded && recorded.voteId !== vote.id) {
      commitment = recorded.voteId ? `passed; the row was already confirmed by vote ${recorded.voteId}` : 'passed; the row was already confirmed by named representatives';
    } else if (dialogue && result.passed) {
      dialogue.commitments[rowId] = { rowId, confirmedAt: result.closedAt, voteId: vote.id, representatives: [], tally: commitmentTally(vote, result) };
    }
    return { result: null, audit: auditEntry(identity, 'vote:close', result.closedAt, { voteId: vote.id, rowId, commitment }) };
  });
  deps.changed(identity.workshopId, entry);
}

/**
 * Whether the vote's commitment was left unsettled (the server stopped between counting and
 * settling): the row is still claimed by this vote, or — a vote opened without a claim — it
 * passed and the row is no commitment yet.
 */
export function commitmentUnsettled(vote: StoredVote, result: VoteResult, dialogue: DialogueRecord | null | undefined): boolean {
  const rowId = commitmentVoteRow(vote.spec);
  if (!rowId || !dialogue) return false;
  const claim = dialogue.voting?.[rowId];
  if (claim) return claim.voteId === vote.id;
  return result.passed && !dialogue.commitments[rowId];
}

/** Whether the plan still holds the row, read from its room after every accepted update landed. */
async function planHasRow(deps: VoteDeps, identity: Identity, rowId: string): Promise<boolean> {
  const holder = serverSideConnection(identity, 'plan');
  const room = await deps.rooms.join(documentName(identity.workshopId, 'plan'), holder);
  try {
    await room.settle();
    return readPlan(room.doc).some((row) => row.id === rowId);
  } finally {
    deps.rooms.leave(room, holder);
  }
}
