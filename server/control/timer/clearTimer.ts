/** `timer:clear`: takes the timer off every screen (a finished one too) until the next start. */
import type { RecordEdit } from '../editRecord.js';

/** Idle: no screen shows a timer until the next start. */
export const IDLE_TIMER = { durationMs: 0, endsAt: null, remainingMs: 0 };

export const clearTimer: RecordEdit<'timer:clear'> = (draft) => {
  draft.timer = { ...IDLE_TIMER };
};
