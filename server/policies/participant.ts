/**
 * Who takes part: only whoever runs the workshop removes, admits or matches a participant and
 * edits the invitation list. A participant who could would decide who votes for an organisation.
 */
import type { Identity } from '../../shared/api.js';
import { can } from '../../shared/roles.js';

/** The facilitator and the organiser. */
export const mayRemoveParticipants = (actor: Identity): boolean => can(actor.role, 'runAgenda');
