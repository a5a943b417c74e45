/** `timer:reset`: stopped, with its whole duration left. */
import type { RecordEdit } from '../editRecord.js';

export const resetTimer: RecordEdit<'timer:reset'> = (draft) => {
  draft.timer = { ...draft.timer, endsAt: null, remainingMs: draft.timer.durationMs };
};
