/** `timer:resume`: runs down what was left at the pause. */
import { conflict } from '../../errors.js';
import type { RecordEdit } from '../editRecord.js';

export const resumeTimer: RecordEdit<'timer:resume'> = (draft, _payload, { now }) => {
  if (draft.timer.endsAt !== null) throw conflict('the timer is already running');
  if (draft.timer.remainingMs <= 0) throw conflict('the timer has no time left; start it again');
  draft.timer = { ...draft.timer, endsAt: now + draft.timer.remainingMs };
};
