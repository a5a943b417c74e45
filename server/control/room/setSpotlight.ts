/** `spotlight`: puts one item of a section in front of the room. */
import type { RecordEdit } from '../editRecord.js';

export const setSpotlight: RecordEdit<'spotlight'> = (draft, { section, itemId }) => {
  draft.spotlight = { section, itemId };
};
