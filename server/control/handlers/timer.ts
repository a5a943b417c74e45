/** The countdown: its end is the server's clock, so every screen shows the same time left. */
import { conflict } from '../CommandError.js';
import type { CommandHandler } from './types.js';

export const startTimer: CommandHandler<'timer:start'> = (draft, { seconds }, { now }) => {
  const durationMs = seconds * 1000;
  draft.timer = { durationMs, endsAt: now + durationMs, remainingMs: durationMs };
};

export const pauseTimer: CommandHandler<'timer:pause'> = (draft, _payload, { now }) => {
  if (draft.timer.endsAt === null) throw conflict('the timer is not running');
  draft.timer = { ...draft.timer, endsAt: null, remainingMs: Math.max(0, draft.timer.endsAt - now) };
};

export const resumeTimer: CommandHandler<'timer:resume'> = (draft, _payload, { now }) => {
  if (draft.timer.endsAt !== null) throw conflict('the timer is already running');
  if (draft.timer.remainingMs <= 0) throw conflict('the timer has no time left; start it again');
  draft.timer = { ...draft.timer, endsAt: now + draft.timer.remainingMs };
};

export const resetTimer: CommandHandler<'timer:reset'> = (draft) => {
  draft.timer = { ...draft.timer, endsAt: null, remainingMs: draft.timer.durationMs };
};
