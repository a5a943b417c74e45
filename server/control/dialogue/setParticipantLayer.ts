/**
 * `participant:layer`: the facilitator corrects whom a participant speaks for. Stored first; then
 * every open connection of theirs closes and reconnects under the new layer, which decides
 * again what they open: nothing admitted under the old layer stays open.
 */
import type { Identity } from '../../../shared/api.js';
import type { Layer } from '../../../shared/dialogue.js';
import { dialogueLayer } from '../../commands/joinWorkshop.js';
import { notFound } from '../../errors.js';
import { authoriseDialogue } from '../../policies/dialogue.js';
import type { CommandDeps } from '../commandDefinition.js';

export async function setParticipantLayer(
  { participantId, layer, body }: { participantId: string; layer: Layer; body?: string | null },
  identity: Identity,
  deps: CommandDeps,
): Promise<void> {
  const { workshopId } = identity;
  // AUTH
  authoriseDialogue(await deps.controls.load(workshopId));
  // VALIDATION
  const chosen = dialogueLayer({ layer, body: body ?? undefined });
  const participant = (await deps.store.listParticipants(workshopId)).find((p) => p.id === participantId);
  if (!participant) throw notFound('no participant with this id in the workshop');
  // RESOLUTION
  await deps.store.setParticipantLayer(workshopId, participantId, chosen.layer, chosen.body);
  deps.revocations.reidentify(workshopId, participantId);
  const { entry } = await deps.controls.change(workshopId, () => {
    const detail = { participantId, name: participant.name, from: participant.layer ?? 'cso', layer: chosen.layer, body: chosen.body };
    return { result: undefined, audit: { at: Date.now(), actorRole: identity.role, actorName: identity.name, command: 'participant:layer' as const, detail } };
  });
  deps.changed(workshopId, entry);
}
