/** `timer:start`: a countdown whose end is the server's clock, so every screen shows the same time left. */
import type { RecordEdit } from '../editRecord.js';

export const startTimer: RecordEdit<'timer:start'> = (draft, { seconds }, { now }) => {
  const durationMs = seconds * 1000;
  draft.timer = { durationMs, endsAt: now + durationMs, remainingMs: durationMs };
};
