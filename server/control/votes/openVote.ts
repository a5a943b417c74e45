/** `vote:open`: stores the vote; an adoption vote first freezes the charter and hashes its text. */
import type { Identity } from '../../../shared/api.js';
import type { VoteSpec } from '../../../shared/votes.js';
import { newId } from '../../auth/secrets.js';
import { readCharter } from '../../charter/readCharter.js';
import { describeError, log } from '../../logger.js';
import type { StoredVote } from '../../storage/Store.js';
import { conflict } from '../CommandError.js';
import { auditEntry, type VoteDeps } from './voteDeps.js';

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
 * so the hash covers the text that can no longer change.
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
    return await readCharter(deps.rooms, identity.workshopId, identity);
  } catch (error) {
    await releaseCharter(voteId, identity, deps);
    throw error;
  }
}

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
