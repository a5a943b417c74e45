/** The outcome charter's standing: whoever runs the agenda unfreezes it and switches amendment mode; a delegate signs for their organisation. */
import type { Identity } from '../../shared/api.js';
import { can } from '../../shared/roles.js';
import { forbidden } from '../errors.js';

/** The facilitator and the organiser. */
export const mayDecideCharter = (actor: Identity): boolean => can(actor.role, 'runAgenda');

/** Participants. */
export const maySignCharter = (actor: Identity): boolean => can(actor.role, 'signCharter');

/** The signatory: a participant with an organisation, since a signature commits the organisation. */
export function authoriseSignature(actor: Identity): { participantId: string; organisation: string } {
  if (!actor.participantId || !actor.organisation) throw forbidden('a participant signs for their organisation');
  return { participantId: actor.participantId, organisation: actor.organisation };
}
