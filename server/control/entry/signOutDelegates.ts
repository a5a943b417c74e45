/**
 * Signs out whoever opened a delegate's withdrawn or replaced link: each session is removed as
 * the facilitator's removal removes one (tokens deleted, every channel closed, audited), so the
 * old link's devices stop at once. The delegate comes back through their new link.
 */
import type { Identity } from '../../../shared/api.js';
import type { CommandDeps } from '../commandDefinition.js';
import { removeParticipant } from '../room/removeParticipant.js';
import { delegateSessions } from './delegateSessions.js';

export async function signOutDelegates(delegateIds: readonly string[], identity: Identity, deps: CommandDeps): Promise<void> {
  if (delegateIds.length === 0) return;
  const sessions = await delegateSessions(deps.store, identity.workshopId, delegateIds);
  for (const participantId of [...sessions.values()].flat()) await removeParticipant({ participantId }, identity, deps);
}
