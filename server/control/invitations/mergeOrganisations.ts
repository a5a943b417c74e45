/**
 * `invitations:merge`: two spellings of one organisation become one, in one step and one
 * transaction: the merged one's name becomes an alias, its delegates and participants move, and
 * in open votes its ballot becomes the survivor's (when both voted, the earlier ballot stays).
 */
import type { Identity } from '../../../shared/api.js';
import type { CommandResult, ParsedPayload } from '../../../shared/control.js';
import { invalid, notFound } from '../../errors.js';
import type { CommandDeps } from '../commandDefinition.js';
import { recordListChange } from './recordListChange.js';

export async function mergeOrganisations(
  { fromId, intoId }: ParsedPayload<'invitations:merge'>,
  identity: Identity,
  deps: CommandDeps,
): Promise<CommandResult<'invitations:merge'>> {
  const { workshopId } = identity;
  if (fromId === intoId) throw invalid('an organisation cannot be merged into itself');
  const organisations = deps.accreditations.list(workshopId).organisations;
  const from = organisations.find((org) => org.id === fromId);
  const into = organisations.find((org) => org.id === intoId);
  if (!from || !into) throw notFound('both organisations must be on the list');
  const merge = await deps.store.mergeOrganisations(workshopId, fromId, intoId);
  if (!merge) throw notFound('both organisations must be on the list');
  await deps.accreditations.reloadStandings(workshopId);
  // Open votes' ballots moved in the store: the board re-reads them (tallies, voters' organisation).
  for (const vote of deps.board.openVotes(workshopId)) deps.board.ballotCast(workshopId, vote.id);
  const detail = { fromId, from: from.name, intoId, into: into.name, participants: merge.participantIds.length, droppedBallots: merge.droppedBallots };
  await recordListChange(deps, identity, 'invitations:merge', detail, merge.list);
  deps.standingsChanged(workshopId, merge.participantIds);
  return { participants: merge.participantIds.length, droppedBallots: merge.droppedBallots };
}
