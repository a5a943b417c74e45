/** `vote:open`: stores the vote; an adoption vote first freezes the charter and hashes its text. */
import type { Identity } from '../../../shared/api.js';
import type { VoteSpec } from '../../../shared/votes.js';
import { newId } from '../../auth/secrets.js';
import { readCharter } from '../../charter/readCharter.js';
import { describeError, log } from '../../logger.js';
import type { StoredVote } from '../../storage/Store.js';
import { DeadlineExceeded, withDeadline } from '../../util/withDeadline.js';
import { conflict, internal } from '../../errors.js';
import { auditEntry, type VoteDeps } from './voteDeps.js';

/**
 * How long an adoption vote waits for the charter's last edits to be stored. A store that keeps
 * failing makes the room retry them for as long as it fails; the facilitator gets an answer
 * instead, within the client's 5 s command timeout, so it says why rather than "no answer".
 */
const CHARTER_SETTLE_DEADLINE_MS = 3000;

export async function openVote(spec: VoteSpec, identity: Identity, deps: VoteDeps): Promise<{ voteId: string; charterHash?: string }> {
  const { workshopId } = identity;
  const voteId = newId();
  const charter = spec.adopt ? await freezeCharter(voteId, identity, deps) : null;
  const vote: StoredVote = { id: voteId, workshopId, spec, charter, openedAt: Date.now(), closedAt: null, result: null };
  try {
    const entry = await deps.store.openVote(vote, auditEntry(identity, 'vote:open', vote.openedAt, { voteId, ...spec, charterHash: charter?.hash ?? null }));
    deps.board.opened(vote);
    deps.changed(workshopId, entry);
  } catch (error) {
    if (charter) await releaseCharter(voteId, identity, deps);
    throw error;
  }
  return charter ? { voteId, charterHash: charter.hash } : { voteId };
}

/**
 * Freezes first, then reads: from the moment the record says frozen the Yjs endpoint drops
 * every charter update, and reading after the room settles takes in everything admitted before,
 * so the hash covers the text that can no longer change. Past the deadline the freeze is
 * released and the vote is not opened; the read goes on and leaves the room once it settles.
 */
async function freezeCharter(voteId: string, identity: Identity, deps: VoteDeps): Promise<{ text: string; hash: string }> {
  const at = Date.now();
  const { entry } = await deps.controls.change(identity.workshopId, (draft) => {
    if (draft.charter.adopted) throw conflict('the charter is already adopted');
    if (draft.charter.adoptionVoteId) throw conflict('an adoption vote is already open');
    draft.charter.frozen = true;
    draft.charter.adoptionVoteId = voteId;
    return { result: null, audit: auditEntry(identity, 'vote:open', at, { voteId, charter: 'frozen for the adoption vote' }) };
  });
  deps.changed(identity.workshopId, entry);
  try {
    const reading = readCharter(deps.rooms, identity.workshopId, identity);
    return await withDeadline(reading, CHARTER_SETTLE_DEADLINE_MS, 'the charter’s last edits to be stored');
  } catch (error) {
    await releaseCharter(voteId, identity, deps);
    if (!(error instanceof DeadlineExceeded)) throw error;
    log.error('votes.charter_not_stored', { workshopId: identity.workshopId, voteId, waitedMs: error.ms });
    throw charterNotStored();
  }
}

/** Not `conflict`: nobody changed anything, the server could not store what it holds. */
const charterNotStored = () =>
  internal(
    `the vote was not opened: the charter's latest edits could not be stored within ${CHARTER_SETTLE_DEADLINE_MS / 1000} s (the database is failing or not answering); try again in a moment`,
  );

/** The vote could not be opened: the room may draft again. */
async function releaseCharter(voteId: string, identity: Identity, deps: VoteDeps): Promise<void> {
  try {
    const { entry } = await deps.controls.change(identity.workshopId, (draft) => {
      if (draft.charter.adoptionVoteId === voteId) {
        draft.charter.adoptionVoteId = null;
        draft.charter.frozen = false;
      }
      return { result: null, audit: auditEntry(identity, 'vote:open', Date.now(), { voteId, charter: 'unfrozen: the vote could not be opened' }) };
    });
    deps.changed(identity.workshopId, entry);
  } catch (error) {
    log.error('votes.release_failed', { workshopId: identity.workshopId, voteId, error: describeError(error) });
  }
}
