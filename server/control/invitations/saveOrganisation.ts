/** `invitations:save-organisation`: adds or changes a listed organisation; no two organisations may answer to one spelling. */
import { type ListedOrganisation, findListedOrganisation } from '../../../shared/accreditation.js';
import type { Identity } from '../../../shared/api.js';
import type { CommandResult, ParsedPayload } from '../../../shared/control.js';
import { organisationKey } from '../../../shared/voteKinds.js';
import { newId } from '../../auth/secrets.js';
import { conflict, notFound } from '../../errors.js';
import type { CommandDeps } from '../commandDefinition.js';
import { recordListChange } from './recordListChange.js';

export async function saveOrganisation(
  payload: ParsedPayload<'invitations:save-organisation'>,
  identity: Identity,
  deps: CommandDeps,
): Promise<CommandResult<'invitations:save-organisation'>> {
  const { workshopId } = identity;
  const list = deps.accreditations.list(workshopId);
  // VALIDATION: the organisation exists when named; each spelling means one organisation.
  if (payload.organisationId && !list.organisations.some((org) => org.id === payload.organisationId)) throw notFound('no such organisation on the list');
  const id = payload.organisationId ?? newId();
  const keys = new Set([organisationKey(payload.name)]);
  const aliases = payload.aliases.filter((alias) => !keys.has(organisationKey(alias)) && keys.add(organisationKey(alias)));
  for (const spelling of [payload.name, ...aliases]) {
    const holder = findListedOrganisation(list, spelling);
    if (holder && holder.id !== id) throw conflict(`“${spelling}” already means ${holder.name} on the list: merge the two instead`);
  }
  // RESOLUTION
  const organisation: ListedOrganisation = { id, name: payload.name, aliases, returning: payload.returning };
  const saved = await deps.store.editInvitationList(workshopId, { organisations: [organisation] });
  await recordListChange(deps, identity, 'invitations:save-organisation', { organisationId: id, name: organisation.name }, saved);
  return { organisationId: id };
}
