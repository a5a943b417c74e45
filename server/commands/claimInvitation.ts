/**
 * Opens a personal invitation link on a device. The rule for "once per device": the link's
 * secret is exchanged for a device token, kept by the device. The same device opening the link
 * again shows that token and gets its own session back, unchanged (no second participant, no
 * new token). Another device (the delegate's phone beside their laptop) gets a token of its own
 * for the SAME participant — one delegate, one organisation, one person present — up to
 * `LIMITS.devicesPerInvitation`, so a leaked link opens little; the facilitator replaces it then.
 * The participant is accredited to the delegate's listed organisation and admitted: no waiting.
 * Personal links work in either entry mode.
 */
import type { ClaimInvitationRequest, ClaimInvitationResponse } from '../../shared/api.js';
import { LIMITS } from '../../shared/limits.js';
import type { Revocations } from '../auth/Revocations.js';
import { hashToken, newId, newToken } from '../auth/secrets.js';
import { delegateSessions } from '../control/entry/delegateSessions.js';
import { conflict, notFound, unauthorized } from '../errors.js';
import type { Store, TokenRecord } from '../storage/Store.js';
import type { KeyedQueue } from '../util/KeyedQueue.js';
import type { JoinListener } from './joinWorkshop.js';

export interface ClaimDeps {
  store: Store;
  revocations: Revocations;
  /** One claim at a time per delegate, so two devices opening a new link at once make one participant. */
  claims: KeyedQueue;
  /** Told once a claim made a new participant: the server's accreditations (and the other instances) follow. */
  joined?: JoinListener;
}

export async function claimInvitation({ store, revocations, claims, joined }: ClaimDeps, workshopId: string, input: ClaimInvitationRequest): Promise<ClaimInvitationResponse> {
  // AUTH: the link's secret, looked up by its hash; a replaced or withdrawn link has none.
  const invitation = await store.findInvitation(hashToken(input.invitation));
  if (!invitation || invitation.workshopId !== workshopId) throw unauthorized('this invitation link was replaced or withdrawn, or is not one of this workshop');

  // VALIDATION: the delegate is still on the list.
  const list = await store.loadInvitationList(workshopId);
  const delegate = list.delegates.find((d) => d.id === invitation.delegateId);
  const organisation = delegate && list.organisations.find((o) => o.id === delegate.organisationId);
  if (!delegate || !organisation) throw notFound('the delegate of this invitation is no longer on the invitation list');

  // RESOLUTION
  return claims.run(`${workshopId}|${delegate.id}`, async () => {
    const holder = (await delegateSessions(store, workshopId, [delegate.id])).get(delegate.id)?.[0] ?? null;
    if (holder && input.deviceToken && !revocations.isRevoked(workshopId, holder)) {
      const grant = await store.findToken(hashToken(input.deviceToken));
      if (grant?.participantId === holder) return { participantId: holder, token: input.deviceToken, resumed: true };
    }
    const token = newToken();
    const tokenOf = (participantId: string): TokenRecord => ({ hash: hashToken(token), workshopId, role: 'participant', participantId });
    if (holder) {
      if ((await store.countTokens(workshopId, holder)) >= LIMITS.devicesPerInvitation) {
        throw conflict(`this invitation is already open on ${LIMITS.devicesPerInvitation} devices; ask the facilitator for a new link`);
      }
      await store.addToken(tokenOf(holder));
      return { participantId: holder, token, resumed: false };
    }
    const participantId = newId();
    const now = Date.now();
    const participant = { id: participantId, workshopId, name: delegate.name, organisation: organisation.name, createdAt: now };
    const standing = { participantId, organisationId: organisation.id, delegateId: delegate.id, admission: 'admitted' as const, admittedAt: now };
    await store.addParticipant(participant, tokenOf(participantId), standing);
    joined?.(participant, standing);
    return { participantId, token, resumed: false };
  });
}
