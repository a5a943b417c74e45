/** Votes: whoever runs the agenda opens and closes them; a ballot speaks for a participant, and under an organisation franchise for their organisation. */
import type { Identity } from '../../shared/api.js';
import { can } from '../../shared/roles.js';
import type { VoteSpec } from '../../shared/votes.js';
import { forbidden } from '../errors.js';

/** The facilitator and the organiser. */
export const mayRunVotes = (actor: Identity): boolean => can(actor.role, 'runAgenda');

/** Participants. */
export const mayVote = (actor: Identity): boolean => can(actor.role, 'vote');

/** The voter this ballot is cast by, in this vote: a participant, with an organisation when the organisation votes. */
export function authoriseBallot(actor: Identity, spec: VoteSpec): { participantId: string; organisation: string | null } {
  if (!actor.participantId) throw forbidden('only participants vote');
  if (spec.franchise === 'organisation' && !actor.organisation) throw forbidden('this vote is one ballot per organisation');
  return { participantId: actor.participantId, organisation: actor.organisation };
}
