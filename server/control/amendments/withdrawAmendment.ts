/** `amendment:withdraw`: the author takes back an amendment that has not been put to the vote. */
import type { Identity } from '../../../shared/api.js';
import { CommandError, conflict } from '../CommandError.js';
import type { VoteDeps } from '../votes/voteDeps.js';
import { changeAmendments, findAmendment } from './changeAmendments.js';

export async function withdrawAmendment({ amendmentId }: { amendmentId: string }, identity: Identity, deps: VoteDeps): Promise<Record<string, never>> {
  await changeAmendments(deps, identity, 'amendment:withdraw', (draft, now) => {
    const amendment = findAmendment(draft, amendmentId);
    // AUTH: only its author; a vote once opened belongs to the room, not to them.
    if (amendment.author.participantId !== identity.participantId) throw new CommandError('forbidden', 'only its author may withdraw an amendment');
    // VALIDATION
    if (amendment.status !== 'open') throw conflict(`the amendment is ${amendment.status === 'voting' ? 'under vote' : amendment.status}`);
    // RESOLUTION
    amendment.status = 'withdrawn';
    amendment.decidedAt = now;
    return { amendmentId };
  });
  return {};
}
