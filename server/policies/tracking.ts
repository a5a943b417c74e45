/**
 * Who may read and write implementation tracking over HTTP. The coalition tracks its own work:
 * its members (participants), the facilitator and the organiser; the projector is a screen and
 * does neither.
 */
import type { Identity } from '../../shared/api.js';
import { secretsEqual } from '../auth/secrets.js';
import { forbidden } from '../errors.js';
import type { Store } from '../storage/Store.js';
import { authenticateFor, authoriseWorkshop } from './workshopAccess.js';

/**
 * A member of the coalition's side: any role but the projector, in no layer (an ordinary workshop)
 * or the CSOs', and admitted (a newcomer on the waiting list is no member yet).
 */
const inCoalition = (identity: Identity): boolean =>
  identity.role !== 'projector' && (identity.layer === undefined || identity.layer === 'cso') && !identity.waiting;

/**
 * Reading the board and downloading the reports drawn from it: the coalition's draft, so on a
 * dialogue day the other stakeholder layers do not read it (what a layer may not see is never
 * sent to it).
 */
export const mayReadTracking = inCoalition;

/**
 * Writing an assessment. An assessment speaks for the CSO coalition: on a dialogue day the
 * Government, UN and NHRC stakeholder layers read the plan but must not write the coalition's
 * assessments. Any layer but `cso` is refused; an identity without one is a coalition member.
 */
export const mayWriteAssessment = inCoalition;

/**
 * The identity behind `token` when it may `read` or `write` workshop `workshopId`'s tracking:
 * the organiser key, or a token of this workshop whose holder the policy admits.
 */
export async function authoriseTracking(
  store: Store,
  organiserKey: string,
  token: string | null,
  workshopId: string,
  action: 'read' | 'write',
): Promise<Identity> {
  const identity =
    token !== null && secretsEqual(token, organiserKey)
      ? await authoriseWorkshop(store, organiserKey, token, workshopId, 'export')
      : await authenticateFor(store, token, workshopId);
  const allowed = action === 'read' ? mayReadTracking(identity) : mayWriteAssessment(identity);
  if (!allowed) throw forbidden(`a ${identity.role} may not ${action === 'read' ? 'read' : 'write'} implementation assessments`);
  return identity;
}
