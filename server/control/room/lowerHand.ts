/** `hand:lower`: the caller's own hand, or (for the facilitator) the one named by `participantId`. */
import { conflict } from '../../errors.js';
import { authoriseLower } from '../../policies/hand.js';
import type { RecordEdit } from '../editRecord.js';

export const lowerHand: RecordEdit<'hand:lower'> = (draft, { participantId }, { identity }) => {
  const whose = participantId ?? identity.participantId;
  authoriseLower(identity, whose);
  const before = draft.hands.length;
  draft.hands = draft.hands.filter((hand) => hand.participantId !== whose);
  if (draft.hands.length === before) throw conflict('that hand is not raised');
};
