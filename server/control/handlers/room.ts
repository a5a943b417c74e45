/** Locks, spotlight, raised hands and the roster's returning organisations. */
import { can } from '../../../shared/roles.js';
import { CommandError, conflict } from '../CommandError.js';
import type { CommandHandler } from './types.js';

export const lockSection: CommandHandler<'section:lock'> = (draft, { section, locked }) => {
  draft.locks[section] = locked;
};

export const setSpotlight: CommandHandler<'spotlight'> = (draft, { section, itemId }) => {
  draft.spotlight = { section, itemId };
};

export const clearSpotlight: CommandHandler<'spotlight:clear'> = (draft) => {
  draft.spotlight = null;
};

export const raiseHand: CommandHandler<'hand:raise'> = (draft, _payload, { identity, now }) => {
  const participantId = identity.participantId;
  if (!participantId) throw new CommandError('forbidden', 'only participants raise hands');
  if (draft.hands.some((hand) => hand.participantId === participantId)) throw conflict('your hand is already raised');
  draft.hands.push({ participantId, name: identity.name, organisation: identity.organisation, raisedAt: now });
};

export const lowerHand: CommandHandler<'hand:lower'> = (draft, { participantId }, { identity }) => {
  const whose = participantId ?? identity.participantId;
  // Only the facilitator lowers someone else's hand.
  if (whose !== identity.participantId && !can(identity.role, 'runAgenda')) {
    throw new CommandError('forbidden', 'you can only lower your own hand');
  }
  const before = draft.hands.length;
  draft.hands = draft.hands.filter((hand) => hand.participantId !== whose);
  if (draft.hands.length === before) throw conflict('that hand is not raised');
};

export const markReturning: CommandHandler<'roster:mark-returning'> = (draft, { organisation, returning }) => {
  const others = draft.returningOrganisations.filter((name) => name !== organisation);
  draft.returningOrganisations = returning ? [...others, organisation].sort((a, b) => a.localeCompare(b)) : others;
};
