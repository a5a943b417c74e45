/** `charter:unfreeze`: the room drafts again after a failed adoption vote. */
import { conflict } from '../../errors.js';
import type { RecordEdit } from '../editRecord.js';

export const unfreezeCharter: RecordEdit<'charter:unfreeze'> = (draft) => {
  // The adopted text is on record with its hash: letting anyone edit it would break that promise.
  if (draft.charter.adopted) throw conflict('the charter is adopted and stays frozen');
  if (draft.charter.adoptionVoteId) throw conflict('the adoption vote is open; close it first');
  if (!draft.charter.frozen) throw conflict('the charter is not frozen');
  draft.charter.frozen = false;
};
