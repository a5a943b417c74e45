/** `spotlight:clear`. */
import type { RecordEdit } from '../editRecord.js';

export const clearSpotlight: RecordEdit<'spotlight:clear'> = (draft) => {
  draft.spotlight = null;
};
