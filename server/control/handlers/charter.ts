/** The outcome charter after its adoption vote: unfreezing a charter that was not adopted, and signing one that was. */
import { organisationKey } from '../../../shared/votes.js';
import { CommandError, conflict } from '../CommandError.js';
import type { CommandHandler } from './types.js';

export const unfreezeCharter: CommandHandler<'charter:unfreeze'> = (draft) => {
  // The adopted text is on record with its hash: letting anyone edit it would break that promise.
  if (draft.charter.adopted) throw conflict('the charter is adopted and stays frozen');
  if (draft.charter.adoptionVoteId) throw conflict('the adoption vote is open; close it first');
  if (!draft.charter.frozen) throw conflict('the charter is not frozen');
  draft.charter.frozen = false;
};

export const signCharter: CommandHandler<'charter:sign'> = (draft, _payload, { identity, now }) => {
  const { participantId, organisation } = identity;
  if (!participantId || !organisation) throw new CommandError('forbidden', 'a participant signs for their organisation');
  if (!draft.charter.adopted) throw conflict('the charter has not been adopted');
  const key = organisationKey(organisation);
  if (draft.charter.signatories.some((s) => organisationKey(s.organisation) === key)) throw conflict('your organisation has already signed');
  draft.charter.signatories.push({ organisation, name: identity.name, participantId, signedAt: now });
};
