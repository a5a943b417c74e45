/** `priority:set`: the room's priority of recommendations is the facilitator's decision (null clears one). */
import { MAX_ROOM_PRIORITIES } from '../../../shared/priorities.js';
import { conflict } from '../../errors.js';
import type { RecordEdit } from '../editRecord.js';

export const setPriorities: RecordEdit<'priority:set'> = (draft, { priorities }) => {
  const next = { ...draft.priorities };
  for (const [key, priority] of Object.entries(priorities)) {
    if (priority) next[key] = priority;
    else delete next[key];
  }
  if (Object.keys(next).length > MAX_ROOM_PRIORITIES) throw conflict(`the room keeps at most ${MAX_ROOM_PRIORITIES} priorities`);
  draft.priorities = next;
};
