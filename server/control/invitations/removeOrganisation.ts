/** `invitations:remove-organisation`: its delegates go with it; participants matched to it stay admitted, unmatched. */
import type { Identity } from '../../../shared/api.js';
import type { ParsedPayload } from '../../../shared/control.js';
import { notFound } from '../../errors.js';
import type { CommandDeps } from '../commandDefinition.js';
import { recordListChange } from './recordListChange.js';

export async function removeOrganisation({ organisationId }: ParsedPayload<'invitations:remove-organisation'>, identity: Identity, deps: CommandDeps): Promise<void> {
  const { workshopId } = identity;
  const organisation = deps.accreditations.list(workshopId).organisations.find((org) => org.id === organisationId);
  if (!organisation) throw notFound('no such organisation on the list');
  const matched = (await deps.store.listAccreditations(workshopId)).filter((s) => s.organisationId === organisationId).map((s) => s.participantId);
  const list = await deps.store.editInvitationList(workshopId, { removeOrganisationIds: [organisationId] });
  await deps.accreditations.reloadStandings(workshopId);
  await recordListChange(deps, identity, 'invitations:remove-organisation', { organisationId, name: organisation.name }, list);
  deps.standingsChanged(workshopId, matched);
}
