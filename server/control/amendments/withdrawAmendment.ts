/** `amendment:withdraw`: the author takes back an amendment that has not been put to the vote. */
import type { Identity } from '../../../shared/api.js';
import { conflict } from '../../errors.js';
import { authoriseWithdrawal } from '../../policies/amendment.js';
import type { VoteDeps } from '../votes/voteDeps.js';
import { changeAmendments, findAmendment } from './changeAmendments.js';

export async function withdrawAmendment({ amendmentId }: { amendmentId: string }, identity: Identity, deps: VoteDeps): Promise<void> {
  await changeAmendments(deps, identity, 'amendment:withdraw', (draft, now) => {
    const amendment = findAmendment(draft, amendmentId);
    // AUTH: only its author; a vote once opened belongs to the room, not to them.
    authoriseWithdrawal(identity, amendment);
    // VALIDATION
    if (amendment.status !== 'open') throw conflict(`the amendment is ${amendment.status === 'voting' ? 'under vote' : amendment.status}`);
    // RESOLUTION
    amendment.status = 'withdrawn';
    amendment.decidedAt = now;
    return { amendmentId };
  });
}
