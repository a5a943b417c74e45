/** Which token the tracking page sends, and where its holder came from. */
import { loadOrganiserKey, loadToken } from '../../infra/auth/tokenStore.js';

export interface TrackingCredential {
  token: string;
  holder: 'participant' | 'facilitator' | 'organiser';
}

/**
 * The participant's token first: an assessment speaks for a coalition member and their
 * organisation, and the server takes its author from the token. Then the facilitator's, then
 * the organiser key.
 */
export function resolveTrackingCredential(workshopId: string): TrackingCredential | null {
  const participant = loadToken(workshopId, 'participant');
  if (participant) return { token: participant, holder: 'participant' };
  const facilitator = loadToken(workshopId, 'facilitator');
  if (facilitator) return { token: facilitator, holder: 'facilitator' };
  const key = loadOrganiserKey();
  return key ? { token: key, holder: 'organiser' } : null;
}
