/** `timer:pause`: keeps what is left. */
import { conflict } from '../../errors.js';
import type { RecordEdit } from '../editRecord.js';

export const pauseTimer: RecordEdit<'timer:pause'> = (draft, _payload, { now }) => {
  if (draft.timer.endsAt === null) throw conflict('the timer is not running');
  draft.timer = { ...draft.timer, endsAt: null, remainingMs: Math.max(0, draft.timer.endsAt - now) };
};
