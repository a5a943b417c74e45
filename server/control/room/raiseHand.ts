/** `hand:raise`: the caller joins the end of the queue, once. */
import { conflict } from '../../errors.js';
import { authoriseRaise } from '../../policies/hand.js';
import type { RecordEdit } from '../editRecord.js';

export const raiseHand: RecordEdit<'hand:raise'> = (draft, _payload, { identity, now }) => {
  const participantId = authoriseRaise(identity);
  if (draft.hands.some((hand) => hand.participantId === participantId)) throw conflict('your hand is already raised');
  draft.hands.push({ participantId, name: identity.name, organisation: identity.organisation, raisedAt: now });
};
