/** `vote:cast`: one atomic conditional write per ballot; the choice goes to the ballots table and nowhere else. */
import type { Identity } from '../../../shared/api.js';
import type { CommandResult } from '../../../shared/control.js';
import { type BallotChoice, choiceProblem, organisationKey } from '../../../shared/votes.js';
import { conflict, invalid, notFound } from '../../errors.js';
import { accreditationInForce, listedOrganisationVoterKey } from '../../../shared/accreditation.js';
import { authoriseBallot, authoriseListedBallot } from '../../policies/vote.js';
import type { VoteDeps } from './voteDeps.js';

interface Cast {
  voteId: string;
  choice: BallotChoice;
  requestId: string;
}

export async function castVote({ voteId, choice, requestId }: Cast, identity: Identity, deps: VoteDeps): Promise<CommandResult<'vote:cast'>> {
  const { workshopId, name } = identity;
  // A vote opened on another instance whose announcement has not arrived yet is read from the store.
  const vote = deps.board.find(workshopId, voteId) ?? (await deps.board.reread(workshopId, voteId));
  if (!vote) throw notFound('no vote with this id');
  const { spec } = vote;
  // AUTH (beyond the role): a ballot speaks for a person, and under this franchise for their organisation.
  const ballot = authoriseBallot(identity, spec);
  const { participantId } = ballot;
  let { organisation } = ballot;
  let voterKey = spec.franchise === 'organisation' ? `org:${organisationKey(organisation ?? '')}` : participantId;
  // With the list in force the standing is read now, not from the handshake: a merge or match moves it.
  const accreditation = spec.franchise === 'organisation' ? await deps.accreditations.forBallot(workshopId, participantId) : null;
  if (accreditation && accreditationInForce(accreditation.list)) {
    const listed = authoriseListedBallot(accreditation.standing, accreditation.list);
    organisation = listed.name;
    voterKey = listedOrganisationVoterKey(listed.id);
  }
  // VALIDATION against the vote itself.
  const problem = choiceProblem(spec, choice);
  if (problem) throw invalid(problem);
  // RESOLUTION: the store decides open/closed, replace/repeat and who holds an organisation's ballot.
  const outcome = await deps.store.castBallot({ voteId, voterKey, participantId, name, organisation, requestId, choice, castAt: Date.now() });
  if (outcome === 'closed') throw conflict('the vote is closed');
  if (outcome === 'taken') throw conflict('your organisation has already voted; its first delegate to vote holds its ballot');
  if (outcome !== 'repeated') {
    deps.board.ballotCast(workshopId, voteId);
    deps.ballotCounted(
      workshopId,
      { voteId, castBy: { name, organisation, participantId }, choice: spec.secret ? null : choice },
      { franchise: spec.franchise, participantId, organisation },
    );
  }
  return { ballot: outcome };
}
