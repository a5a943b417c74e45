/** `workshop:entry-mode`: the join code lets anyone in (`open`), or only personal links do (`invited`). */
import type { RecordEdit } from '../editRecord.js';

export const setEntryMode: RecordEdit<'workshop:entry-mode'> = (draft, { mode }) => {
  draft.entryMode = mode;
};
