/** `invitations:save-delegate`: adds or changes a listed delegate; naming one ballot holder takes the flag from the others. */
import type { Identity } from '../../../shared/api.js';
import type { CommandResult, ParsedPayload } from '../../../shared/control.js';
import { newId } from '../../auth/secrets.js';
import { notFound } from '../../errors.js';
import type { CommandDeps } from '../commandDefinition.js';
import { recordListChange } from './recordListChange.js';

export async function saveDelegate(
  payload: ParsedPayload<'invitations:save-delegate'>,
  identity: Identity,
  deps: CommandDeps,
): Promise<CommandResult<'invitations:save-delegate'>> {
  const { workshopId } = identity;
  const list = deps.accreditations.list(workshopId);
  if (!list.organisations.some((org) => org.id === payload.organisationId)) throw notFound('no such organisation on the list');
  if (payload.delegateId && !list.delegates.some((d) => d.id === payload.delegateId)) throw notFound('no such delegate on the list');
  const id = payload.delegateId ?? newId();
  const delegate = { id, organisationId: payload.organisationId, name: payload.name, contact: payload.contact || null, ballotHolder: payload.ballotHolder };
  const saved = await deps.store.editInvitationList(workshopId, { delegates: [delegate] });
  // The contact stays out of the audit line: the record names who, not how to reach them.
  const detail = { delegateId: id, organisationId: delegate.organisationId, name: delegate.name, ballotHolder: delegate.ballotHolder };
  await recordListChange(deps, identity, 'invitations:save-delegate', detail, saved);
  return { delegateId: id };
}
