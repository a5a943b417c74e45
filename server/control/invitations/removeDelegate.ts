/** `invitations:remove-delegate`: a participant matched to them stays matched to the organisation. */
import type { Identity } from '../../../shared/api.js';
import type { ParsedPayload } from '../../../shared/control.js';
import { notFound } from '../../errors.js';
import type { CommandDeps } from '../commandDefinition.js';
import { recordListChange } from './recordListChange.js';

export async function removeDelegate({ delegateId }: ParsedPayload<'invitations:remove-delegate'>, identity: Identity, deps: CommandDeps): Promise<void> {
  const { workshopId } = identity;
  const delegate = deps.accreditations.list(workshopId).delegates.find((d) => d.id === delegateId);
  if (!delegate) throw notFound('no such delegate on the list');
  const list = await deps.store.editInvitationList(workshopId, { removeDelegateIds: [delegateId] });
  await deps.accreditations.reloadStandings(workshopId);
  await recordListChange(deps, identity, 'invitations:remove-delegate', { delegateId, name: delegate.name }, list);
}
