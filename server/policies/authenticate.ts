/** Turns a bearer token into the identity the server grants it; the only way identities are made. */
import type { Identity } from '../../shared/api.js';
import { hashToken } from '../auth/secrets.js';
import type { Store, TokenGrant } from '../storage/Store.js';

const SCREEN_NAMES = { organiser: 'Organiser', facilitator: 'Facilitator', projector: 'Projector' } as const;

/**
 * Looks the token up by its SHA-256 hash: the store never sees or keeps a token, and the
 * lookup compares hashes, so timing reveals nothing about valid tokens.
 */
export async function authenticate(store: Store, token: unknown): Promise<Identity | null> {
  if (typeof token !== 'string' || token.length < 16 || token.length > 256) return null;
  const grant = await store.findToken(hashToken(token));
  return grant ? identityOf(grant) : null;
}

function identityOf(grant: TokenGrant): Identity | null {
  if (grant.role === 'participant') {
    if (!grant.participant) return null;
    const identity: Identity = {
      role: 'participant',
      workshopId: grant.workshopId,
      participantId: grant.participant.id,
      name: grant.participant.name,
      organisation: grant.listedOrganisation ?? grant.participant.organisation,
      layer: grant.participant.layer ?? 'cso',
      body: grant.participant.body ?? null,
    };
    const standing = grant.accreditation;
    // Without a standing the participant joined while the list was empty: admitted, unlisted, as before lists existed.
    if (!standing) return identity;
    return { ...identity, waiting: standing.admission === 'waiting', listedOrganisationId: standing.organisationId, delegateId: standing.delegateId };
  }
  return { role: grant.role, workshopId: grant.workshopId, participantId: null, name: SCREEN_NAMES[grant.role], organisation: null };
}
