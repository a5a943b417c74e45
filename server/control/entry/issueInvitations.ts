/**
 * `invitation:issue`: personal links for listed delegates. The answer carries each link's secret
 * this once; the store keeps its hash (so links survive a restart and a database dump opens
 * nothing), and the audit line names the delegates, never a secret.
 */
import type { Identity } from '../../../shared/api.js';
import type { CommandResult, ParsedPayload } from '../../../shared/control.js';
import { hashToken, newToken } from '../../auth/secrets.js';
import { notFound } from '../../errors.js';
import type { CommandDeps } from '../commandDefinition.js';
import { signOutDelegates } from './signOutDelegates.js';

export async function issueInvitations(
  { delegateIds, replace }: ParsedPayload<'invitation:issue'>,
  identity: Identity,
  deps: CommandDeps,
): Promise<CommandResult<'invitation:issue'>> {
  const { workshopId } = identity;
  // VALIDATION: only delegates on this workshop's list.
  const listed = new Set((await deps.store.loadInvitationList(workshopId)).delegates.map((delegate) => delegate.id));
  const unknown = delegateIds.filter((delegateId) => !listed.has(delegateId));
  if (unknown.length > 0) throw notFound(`not on the invitation list: ${unknown.slice(0, 5).join(', ')}`);

  // RESOLUTION
  const holding = new Set((await deps.store.listInvitations(workshopId)).map((invitation) => invitation.delegateId));
  const chosen = [...new Set(delegateIds)].filter((delegateId) => replace || !holding.has(delegateId));
  const replaced = chosen.filter((delegateId) => holding.has(delegateId));
  const now = Date.now();
  const issued = chosen.map((delegateId) => ({ delegateId, secret: newToken() }));
  const entry = await deps.store.writeInvitations(
    workshopId,
    { issue: issued.map(({ delegateId, secret }) => ({ workshopId, delegateId, hash: hashToken(secret), issuedAt: now })), revoke: [] },
    { at: now, actorRole: identity.role, actorName: identity.name, command: 'invitation:issue', detail: { delegateIds: chosen, replaced } },
  );
  // The old links open nothing from here; their devices are signed out next.
  await signOutDelegates(replaced, identity, deps);
  deps.changed(workshopId, entry);
  return { issued };
}
