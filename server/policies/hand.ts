/** Raised hands: a hand is a person's place in the queue, so only they raise it; the facilitator may lower anyone's. */
import type { Identity } from '../../shared/api.js';
import { can } from '../../shared/roles.js';
import { forbidden } from '../errors.js';

/** Participants. */
export const mayRaiseHand = (actor: Identity): boolean => can(actor.role, 'raiseHand');

/** Participants (their own hand) and whoever runs the agenda (anyone's). */
export const mayLowerHand = (actor: Identity): boolean => can(actor.role, 'raiseHand') || can(actor.role, 'runAgenda');

/** The participant whose hand goes up: the caller, never someone named in the payload. */
export function authoriseRaise(actor: Identity): string {
  if (!actor.participantId) throw forbidden('only participants raise hands');
  return actor.participantId;
}

/** Someone else's hand comes down only at the facilitator's hand. */
export function authoriseLower(actor: Identity, whose: string | null): void {
  if (whose !== actor.participantId && !can(actor.role, 'runAgenda')) throw forbidden('you can only lower your own hand');
}
