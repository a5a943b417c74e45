/**
 * Running the workshop from the console: the agenda and the stage, the timer, locks, the
 * spotlight, the roster and the audit log. Only roles that run the agenda; a participant who
 * could move the room or read the log would speak for the facilitator.
 */
import type { Identity } from '../../shared/api.js';
import { can } from '../../shared/roles.js';

/** The facilitator and the organiser. */
export const mayRunAgenda = (actor: Identity): boolean => can(actor.role, 'runAgenda');
