/** Adds a participant to a workshop: no account, just the join code, a name and an organisation. */
import type { JoinRequest, JoinResponse } from '../../shared/api.js';
import { hashToken, newId, newToken, secretsEqual } from '../auth/secrets.js';
import { forbidden, notFound } from '../errors.js';
import type { Store } from '../storage/Store.js';

export async function joinWorkshop(store: Store, workshopId: string, input: JoinRequest): Promise<JoinResponse> {
  // AUTH: the join code is the workshop's shared secret.
  const workshop = await store.findWorkshop(workshopId);
  if (!workshop) throw notFound('no workshop with this id');
  if (!secretsEqual(input.joinCode, workshop.joinCode)) throw forbidden('the join code does not match this workshop');

  // RESOLUTION
  const participantId = newId();
  const token = newToken();
  await store.addParticipant(
    { id: participantId, workshopId, name: input.name, organisation: input.organisation, createdAt: Date.now() },
    { hash: hashToken(token), workshopId, role: 'participant', participantId },
  );
  return { participantId, token };
}
