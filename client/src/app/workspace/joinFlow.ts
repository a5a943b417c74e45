/** Joining: resolve the code, register the participant, keep the token for this workshop. */
import type { Layer } from '../../../../shared/dialogue.js';
import { ApiFailure } from '../../infra/api/http.js';
import { normaliseJoinCode } from '../../infra/api/joinCode.js';
import { joinWorkshop, lookUpJoinCode } from '../../infra/api/workshopsApi.js';
import { saveToken } from '../../infra/auth/tokenStore.js';

export interface JoinInput {
  code: string;
  name: string;
  organisation: string;
  /** Asked on a dialogue day only (`shared/dialogue.ts`). */
  layer?: Layer;
  body?: string;
}

/** The workshop is a dialogue day and the form has not yet asked whom the participant represents. */
export class LayerNeeded extends Error {
  constructor() {
    super('layer needed');
  }
}

/** Why a join failed, as a translation key (or an ApiFailure for the generic messages). */
export class JoinRefused extends Error {
  constructor(readonly messageKey: 'errors.codeNotFound' | 'errors.codeMismatch' | 'entry.byInvitation') {
    super(messageKey);
  }
}

/** Joins and returns the workshop id; the token is stored before this resolves. */
export async function joinWithCode(input: JoinInput): Promise<string> {
  const code = normaliseJoinCode(input.code);
  const workshop = await lookUpJoinCode(code).catch((error: unknown) => {
    throw error instanceof ApiFailure && error.code === 'not_found' ? new JoinRefused('errors.codeNotFound') : error;
  });
  // Said before a name is sent: the server would refuse the code anyway.
  if (workshop.entryMode === 'invited') throw new JoinRefused('entry.byInvitation');
  if (workshop.dialogue && !input.layer) throw new LayerNeeded();
  const joined = await joinWorkshop(workshop.workshopId, {
    joinCode: code,
    name: input.name.trim(),
    organisation: input.organisation.trim(),
    ...(workshop.dialogue ? { layer: input.layer, body: input.body?.trim() || undefined } : {}),
  }).catch((error: unknown) => {
    throw error instanceof ApiFailure && error.code === 'forbidden' ? new JoinRefused('errors.codeMismatch') : error;
  });
  saveToken(workshop.workshopId, 'participant', joined.token);
  return workshop.workshopId;
}
