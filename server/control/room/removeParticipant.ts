/**
 * `participant:remove`: the participant's tokens are deleted in the store (so every new request,
 * socket or handshake is refused), their open connections are closed on every channel, and
 * their raised hand goes with them. What they wrote stays, attributed; the record says when they
 * were removed.
 */
import type { Identity } from '../../../shared/api.js';
import { notFound } from '../../errors.js';
import type { CommandDeps } from '../commandDefinition.js';

export async function removeParticipant({ participantId }: { participantId: string }, identity: Identity, deps: CommandDeps): Promise<void> {
  const { workshopId } = identity;
  const participant = (await deps.store.listParticipants(workshopId)).find((p) => p.id === participantId);
  const now = Date.now();
  if (!participant || !(await deps.store.removeParticipant(workshopId, participantId, now))) {
    throw notFound('no participant with this id in the workshop, or already removed');
  }
  // The tokens are gone from the store: from here on nothing of theirs is accepted, whatever follows fails.
  deps.revocations.revoke(workshopId, participantId);
  deps.accreditations.removed(workshopId, participantId);
  const { entry } = await deps.controls.change(workshopId, (draft) => {
    draft.hands = draft.hands.filter((hand) => hand.participantId !== participantId);
    const detail = { participantId, name: participant.name, organisation: participant.organisation };
    return { result: undefined, audit: { at: now, actorRole: identity.role, actorName: identity.name, command: 'participant:remove' as const, detail } };
  });
  deps.changed(workshopId, entry);
}
