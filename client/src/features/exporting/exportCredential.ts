/** Which secret the export page sends: a facilitator token for this workshop, else the organiser key. */
import { takeFragmentSecret } from '../../infra/auth/fragmentSecret.js';
import { loadOrganiserKey, loadToken } from '../../infra/auth/tokenStore.js';

/** The bearer secret and whose it is, so the page can say where to go back to. */
export interface ExportCredential {
  token: string;
  holder: 'facilitator' | 'organiser';
}

/**
 * A `#token=` in the link comes first (it is not stored: it may not be a facilitator's), then the
 * facilitator token kept on this device, then the organiser key. The facilitator token is
 * preferred because it opens only this workshop.
 */
export function resolveExportCredential(workshopId: string): ExportCredential | null {
  const fromLink = takeFragmentSecret('token');
  if (fromLink) return { token: fromLink, holder: 'facilitator' };
  const facilitator = loadToken(workshopId, 'facilitator');
  if (facilitator) return { token: facilitator, holder: 'facilitator' };
  const key = loadOrganiserKey();
  return key ? { token: key, holder: 'organiser' } : null;
}
