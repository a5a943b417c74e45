/** `invitation:revoke`: a delegate's link stops working, and whoever opened it is signed out on every channel. */
import type { Identity } from '../../../shared/api.js';
import type { ParsedPayload } from '../../../shared/control.js';
import { notFound } from '../../errors.js';
import type { CommandDeps } from '../commandDefinition.js';
import { signOutDelegates } from './signOutDelegates.js';

export async function revokeInvitation({ delegateId }: ParsedPayload<'invitation:revoke'>, identity: Identity, deps: CommandDeps): Promise<void> {
  const { workshopId } = identity;
  const holds = (await deps.store.listInvitations(workshopId)).some((invitation) => invitation.delegateId === delegateId);
  if (!holds) throw notFound('this delegate has no invitation link to withdraw');
  const now = Date.now();
  const entry = await deps.store.writeInvitations(
    workshopId,
    { issue: [], revoke: [delegateId] },
    { at: now, actorRole: identity.role, actorName: identity.name, command: 'invitation:revoke', detail: { delegateId } },
  );
  await signOutDelegates([delegateId], identity, deps);
  deps.changed(workshopId, entry);
}
