/**
 * Who gets in: the entry mode and the personal invitations. Only whoever runs the workshop: a
 * participant who could open the door or hand out links would decide who speaks for whom.
 */
import type { Identity } from '../../shared/api.js';
import { can } from '../../shared/roles.js';

/** The facilitator and the organiser. */
export const mayDecideEntry = (actor: Identity): boolean => can(actor.role, 'runAgenda');
