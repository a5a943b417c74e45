/** `vote:close`: closes, counts, records the result; an adoption vote then adopts the charter or leaves it frozen, a commitment vote confirms its row or not. */
import type { Identity } from '../../../shared/api.js';
import type { CommandResult } from '../../../shared/control.js';
import type { VoteResult } from '../../../shared/votes.js';
import type { StoredVote } from '../../storage/Store.js';
import { buildResult, type CountedBallot } from '../../votes/result.js';
import { settleAmendmentVote } from '../amendments/settleAmendmentVote.js';
import { commitmentUnsettled, settleCommitmentVote } from '../dialogue/settleCommitmentVote.js';
import { conflict, notFound } from '../../errors.js';
import { auditEntry, type VoteDeps } from './voteDeps.js';

type Closed = CommandResult<'vote:close'>;

export async function closeVote({ voteId }: { voteId: string }, identity: Identity, deps: VoteDeps): Promise<Closed> {
  const vote = deps.board.find(identity.workshopId, voteId) ?? (await deps.board.reread(identity.workshopId, voteId));
  if (!vote) throw notFound('no vote with this id');
  if (!deps.board.beginCount(voteId)) throw conflict('the vote is being closed');
  try {
    return await closeAndCount(vote, identity, deps);
  } finally {
    deps.board.endCount(voteId);
  }
}

async function closeAndCount(known: StoredVote, identity: Identity, deps: VoteDeps): Promise<Closed> {
  const { workshopId } = identity;
  const voteId = known.id;
  let closedAt = Date.now();
  // The store closes it atomically: a cast racing this close either counts here or is refused.
  let stored = await deps.store.closeVote(voteId, closedAt);
  // Already closed, maybe by another instance: decide from what the store holds, not from this board's copy.
  const vote = stored ? known : ((await deps.board.reread(workshopId, voteId)) ?? known);
  if (!stored && vote.result && vote.spec.adopt === 'charter' && deps.controls.get(workshopId)?.charter.adoptionVoteId === voteId) {
    // Counted, but the charter was never settled (the server stopped in between): settle it now.
    await settleAdoption(vote, vote.result, identity, deps);
    return { result: vote.result };
  }
  if (!stored && vote.result && commitmentUnsettled(vote, vote.result, deps.controls.get(workshopId)?.dialogue)) {
    // Counted, but its plan row was never settled (the server stopped in between): settle it now.
    await settleCommitmentVote(vote, vote.result, identity, deps);
    return { result: vote.result };
  }
  if (!stored && vote.result) {
    // Counted, but its amendment was never settled (the server stopped in between): settle it now.
    const amendment = await settleAmendmentVote(vote, vote.result, identity, deps);
    if (amendment) return { result: vote.result, amendment };
  }
  if (!stored) {
    // Closed but never counted: the server stopped between the two steps. Count it now, from its
    // ballots, which keep their choices until the result is recorded.
    if (vote.closedAt === null || vote.result !== null) throw conflict('the vote is already closed');
    closedAt = vote.closedAt;
    stored = await deps.store.listBallots(voteId);
  }
  deps.board.closed({ ...vote, closedAt });

  const present = deps.present(workshopId);
  const ballots: CountedBallot[] = stored.flatMap(({ name, organisation, choice }) => (choice === null ? [] : [{ name, organisation, choice }]));
  const result = buildResult({
    spec: vote.spec,
    ballots,
    present: vote.spec.franchise === 'organisation' ? present.organisations : present.participants,
    openedAt: vote.openedAt,
    closedAt,
    charterHash: vote.charter?.hash ?? null,
  });
  // The record states which list an organisation vote was counted against.
  const list = deps.accreditations.list(workshopId);
  if (vote.spec.franchise === 'organisation' && deps.accreditations.inForce(workshopId)) {
    result.roll = { listVersion: list.version, organisations: list.organisations.length };
  }
  const detail = { voteId, passed: result.passed, quorumMet: result.quorum.met, thresholdMet: result.threshold.met, turnout: result.turnout };
  // A secret vote's choices are forgotten in the same transaction that keeps its counts.
  const entry = await deps.store.recordResult(voteId, result, auditEntry(identity, 'vote:close', closedAt, detail), vote.spec.secret);
  if (!entry) {
    // Another instance counted the same close first (from the same ballots): its result stands, and it settles what follows.
    const counted = await deps.board.reread(workshopId, voteId);
    if (counted?.result) return { result: counted.result };
    throw conflict('the vote is already closed');
  }
  const closed: StoredVote = { ...vote, closedAt, result };
  deps.board.closed(closed);
  deps.changed(workshopId, entry);
  if (closed.spec.adopt === 'charter') await settleAdoption(closed, result, identity, deps);
  // A dialogue day's vote on a plan row: passed, the row is a joint commitment, with the tally.
  await settleCommitmentVote(closed, result, identity, deps);
  // An amendment's vote: passed, the replacement is written into the charter; failed, it is rejected.
  const amendment = await settleAmendmentVote(closed, result, identity, deps);
  return amendment ? { result, amendment } : { result };
}

/** Passed: the charter is adopted and frozen for good. Failed: it stays frozen until the facilitator unfreezes it. */
async function settleAdoption(vote: StoredVote, result: VoteResult, identity: Identity, deps: VoteDeps): Promise<void> {
  const { entry } = await deps.controls.change(identity.workshopId, (draft) => {
    if (draft.charter.adoptionVoteId === vote.id) draft.charter.adoptionVoteId = null;
    if (result.passed && vote.charter) {
      draft.charter.frozen = true;
      draft.charter.adopted = { ...vote.charter, voteId: vote.id, result, adoptedAt: result.closedAt };
    }
    const charter = result.passed ? 'adopted' : 'not adopted; frozen until unfrozen';
    return { result: null, audit: auditEntry(identity, 'vote:close', result.closedAt, { voteId: vote.id, charter, hash: vote.charter?.hash ?? null }) };
  });
  deps.changed(identity.workshopId, entry);
}
