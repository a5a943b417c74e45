/** Votes: whoever runs the agenda opens and closes them; a ballot speaks for a participant, and under an organisation franchise for their organisation. */
import { type Accreditation, ballotHolderOf, type InvitationList, type ListedOrganisation } from '../../shared/accreditation.js';
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

/**
 * While the invitation list is in force, an organisation's ballot is cast only by an admitted
 * delegate matched to a listed organisation, and only by its ballot holder when the list names
 * one: someone who typed an organisation's name cannot take its ballot. Answers the organisation.
 */
export function authoriseListedBallot(standing: Accreditation | null, list: InvitationList): ListedOrganisation {
  const organisation = standing?.admission === 'admitted' ? list.organisations.find((org) => org.id === standing.organisationId) : undefined;
  if (!standing || !organisation) throw forbidden('only delegates of organisations on the invitation list cast an organisation’s ballot');
  const holder = ballotHolderOf(list, organisation.id);
  if (holder && holder.id !== standing.delegateId) throw forbidden(`${holder.name} holds ${organisation.name}’s ballot`);
  return organisation;
}
