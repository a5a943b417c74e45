/**
 * Timer arithmetic. The countdown's end (`endsAt`) is on the server's clock; a laptop's clock can
 * be minutes off, so each screen corrects by the offset it measured from `serverTime`. All
 * functions are pure so the maths is tested without a browser.
 */
import type { TimerState } from '../../../../shared/events.js';

/** How far the server's clock is ahead of ours (negative when behind), from one received state. */
export function clockOffsetMs(serverTime: number, receivedAt: number): number {
  return serverTime - receivedAt;
}

/** What a timer shows: never started, counting down, paused with time left, or run out. */
export type TimerPhase = 'idle' | 'running' | 'paused' | 'finished';

/** Milliseconds left at local time `now`, corrected by the server clock offset; never negative. */
export function timerRemainingMs(timer: TimerState, now: number, offsetMs: number): number {
  if (timer.endsAt === null) return Math.max(0, timer.remainingMs);
  return Math.max(0, timer.endsAt - (now + offsetMs));
}

/** The phase of a timer given what is left. */
export function timerPhase(timer: TimerState, remainingMs: number): TimerPhase {
  if (timer.durationMs <= 0) return 'idle';
  if (remainingMs <= 0) return 'finished';
  if (timer.endsAt !== null) return 'running';
  // A reset puts remainingMs back to the full duration without starting: nothing has run yet.
  return timer.remainingMs >= timer.durationMs ? 'idle' : 'paused';
}

/** "4:05", "12:00", "1:02:03": whole seconds rounded up, so the display reaches 0:00 at the end, not before. */
export function formatCountdown(remainingMs: number): string {
  const total = Math.ceil(Math.max(0, remainingMs) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** What a screen reader is told about a running countdown; announced only when it changes. */
export type TimerMilestone = { kind: 'minutes'; count: number } | { kind: 'seconds'; count: 30 | 10 } | { kind: 'up' };

/**
 * Milestones instead of seconds: a live region that spoke every second would drown the room's
 * screen-reader users. Every five minutes above five, every minute below, then 30 s, 10 s, time up.
 */
export function timerMilestone(remainingMs: number): TimerMilestone {
  if (remainingMs <= 0) return { kind: 'up' };
  if (remainingMs <= 10_000) return { kind: 'seconds', count: 10 };
  if (remainingMs <= 30_000) return { kind: 'seconds', count: 30 };
  const minutes = Math.ceil(remainingMs / 60_000);
  return { kind: 'minutes', count: minutes > 5 ? Math.ceil(minutes / 5) * 5 : minutes };
}
