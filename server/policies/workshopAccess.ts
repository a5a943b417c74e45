/** Who may set up and export a workshop over HTTP: its facilitator token, or the organiser key. */
import type { Identity } from '../../shared/api.js';
import { can, type Permission } from '../../shared/roles.js';
import { secretsEqual } from '../auth/secrets.js';
import { forbidden, notFound, unauthorized } from '../errors.js';
import type { Store } from '../storage/Store.js';
import { authenticate } from './authenticate.js';

/**
 * The identity behind `token` for workshop `workshopId`, when its role holds `permission`.
 * Throws 401 for no or an unknown token, 403 for another workshop's token or a role without
 * the permission (a participant or the projector), 404 when the organiser names no workshop.
 */
export async function authoriseWorkshop(
  store: Store,
  organiserKey: string,
  token: string | null,
  workshopId: string,
  permission: Permission,
): Promise<Identity> {
  if (!token) throw unauthorized();
  if (secretsEqual(token, organiserKey)) {
    if (!(await store.findWorkshop(workshopId))) throw notFound('no workshop with this id');
    return { role: 'organiser', workshopId, participantId: null, name: 'Organiser', organisation: null };
  }
  const identity = await authenticateFor(store, token, workshopId);
  if (!can(identity.role, permission)) throw forbidden(`a ${identity.role} may not do that`);
  return identity;
}

/** The identity behind `token`, any role, when it belongs to workshop `workshopId`: 401 without one, 403 for another workshop's. */
export async function authenticateFor(store: Store, token: string | null, workshopId: string): Promise<Identity> {
  const identity = await authenticate(store, token);
  if (!identity) throw unauthorized();
  if (identity.workshopId !== workshopId) throw forbidden('this token belongs to another workshop');
  return identity;
}
