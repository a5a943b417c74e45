/**
 * Adds a participant to a workshop: no account, just the join code, a name and an organisation.
 * Once the invitation list is in force (`shared/accreditation.ts`) the newcomer waits on the
 * waiting list until the facilitator admits them; with an empty list the join admits, as before.
 * Only in an `open` workshop: an `invited` one lets people in by their personal links alone.
 */
import { type Accreditation, accreditationInForce } from '../../shared/accreditation.js';
import type { JoinRequest, JoinResponse } from '../../shared/api.js';
import { type Layer, LAYERS_WITH_BODY } from '../../shared/dialogue.js';
import { hashToken, newId, newToken, secretsEqual } from '../auth/secrets.js';
import type { ControlStates } from '../control/ControlStates.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { describeError, log } from '../logger.js';
import type { ParticipantRecord, Store } from '../storage/Store.js';

/** Told after a join is stored; it cannot undo the join. */
export type JoinListener = (participant: ParticipantRecord, standing: Accreditation | null) => void;

export async function joinWorkshop(store: Store, controls: ControlStates, workshopId: string, input: JoinRequest, joined?: JoinListener): Promise<JoinResponse> {
  // AUTH: the join code is the workshop's shared secret.
  const workshop = await store.findWorkshop(workshopId);
  if (!workshop) throw notFound('no workshop with this id');
  if (!secretsEqual(input.joinCode, workshop.joinCode)) throw forbidden('the join code does not match this workshop');
  const control = await controls.load(workshopId);
  // A leaked code must not let anyone in once the facilitator admits only the invited.
  if (control.entryMode === 'invited') {
    throw forbidden('this workshop is by invitation: open the personal link you were given');
  }

  // VALIDATION: a dialogue day asks who each participant speaks for; elsewhere everyone is a CSO delegate.
  const { layer, body } = control.dialogue ? dialogueLayer(input) : { layer: 'cso' as const, body: null };

  // RESOLUTION
  const participantId = newId();
  const token = newToken();
  const participant = { id: participantId, workshopId, name: input.name, organisation: input.organisation, createdAt: Date.now(), layer, body };
  const inForce = accreditationInForce(await store.loadInvitationList(workshopId));
  const standing: Accreditation | null = inForce ? { participantId, organisationId: null, delegateId: null, admission: 'waiting', admittedAt: null } : null;
  await store.addParticipant(participant, { hash: hashToken(token), workshopId, role: 'participant', participantId }, standing ?? undefined);
  try {
    joined?.(participant, standing);
  } catch (error) {
    log.error('join.listener_failed', { workshopId, error: describeError(error) });
  }
  return { participantId, token };
}

/** The layer and body a dialogue-day participant gave: both required of Government and UN participants. */
export function dialogueLayer({ layer, body }: { layer?: Layer; body?: string }): { layer: Layer; body: string | null } {
  if (!layer) throw invalid('say whom you represent: a CSO, the Government, a UN agency or the NHRC');
  const named = body?.trim() || null;
  if (LAYERS_WITH_BODY.includes(layer) && !named) throw invalid('name your ministry, agency or UN agency');
  return { layer, body: LAYERS_WITH_BODY.includes(layer) ? named : null };
}
