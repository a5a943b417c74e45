/** Creates a workshop with its join code and the facilitator's and projector's tokens. */
import type { CreateWorkshopRequest, CreateWorkshopResponse } from '../../shared/api.js';
import type { LinkBase } from '../../shared/links.js';
import { hashToken, newId, newJoinCode, newToken } from '../auth/secrets.js';
import { initialRecord } from '../control/ControlStates.js';
import type { Store } from '../storage/Store.js';
import { workshopLinks } from './links.js';

const JOIN_CODE_ATTEMPTS = 8;

export async function createWorkshop(
  store: Store,
  input: CreateWorkshopRequest,
  base: LinkBase,
): Promise<CreateWorkshopResponse> {
  const id = newId();
  const facilitatorToken = newToken();
  const projectorToken = newToken();
  const joinCode = await unusedJoinCode(store);
  await store.createWorkshop(
    {
      id,
      title: input.title,
      country: input.country || null,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      joinCode,
      createdAt: Date.now(),
    },
    [
      { hash: hashToken(facilitatorToken), workshopId: id, role: 'facilitator', participantId: null },
      { hash: hashToken(projectorToken), workshopId: id, role: 'projector', participantId: null },
    ],
  );
  // The agenda template is written in the workshop's language from the start.
  if (input.language && input.language !== 'en') {
    const audit = { at: Date.now(), actorRole: 'organiser' as const, actorName: 'Organiser', command: 'workshop:language' as const, detail: { language: input.language } };
    await store.saveControl(id, initialRecord(input.language), audit);
  }
  return {
    id,
    joinCode,
    facilitatorToken,
    projectorToken,
    links: workshopLinks(base, id, joinCode, facilitatorToken, projectorToken),
  };
}

/** Join codes are short, so a collision is possible though rare: draw again. */
export async function unusedJoinCode(store: Store): Promise<string> {
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
    const code = newJoinCode();
    if (!(await store.findWorkshopByJoinCode(code))) return code;
  }
  throw new Error('could not draw an unused join code');
}
