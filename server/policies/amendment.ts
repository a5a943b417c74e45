/** Charter amendments: a participant proposes one and only its author withdraws it; whoever runs the agenda puts it to the vote. */
import type { Identity } from '../../shared/api.js';
import type { Amendment } from '../../shared/amendments.js';
import { can } from '../../shared/roles.js';
import { forbidden } from '../errors.js';

/** Participants. */
export const mayAmend = (actor: Identity): boolean => can(actor.role, 'amend');

/** The facilitator and the organiser. */
export const mayPutAmendmentToVote = (actor: Identity): boolean => can(actor.role, 'runAgenda');

/** The author: an amendment speaks for a named person and their organisation. */
export function authoriseProposal(actor: Identity): string {
  if (!actor.participantId) throw forbidden('only participants propose amendments');
  return actor.participantId;
}

/** Only its author; once put to the vote it belongs to the room (the use case refuses that as a conflict). */
export function authoriseWithdrawal(actor: Identity, amendment: Amendment): void {
  if (amendment.author.participantId !== actor.participantId) throw forbidden('only its author may withdraw an amendment');
}
