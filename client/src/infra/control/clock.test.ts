import { describe, expect, it } from 'vitest';
import type { TimerState } from '../../../../shared/events.js';
import { clockOffsetMs, formatCountdown, timerMilestone, timerPhase, timerRemainingMs } from './clock.js';

const running = (endsAt: number, durationMs = 300_000): TimerState => ({ durationMs, endsAt, remainingMs: durationMs });

describe('timer maths', () => {
  it('measures the server clock offset from a received state', () => {
    expect(clockOffsetMs(10_500, 10_000)).toBe(500);
    expect(clockOffsetMs(9_000, 10_000)).toBe(-1_000);
  });

  it('counts down to endsAt on the server clock, corrected by the offset', () => {
    // The server is 2 s ahead: at local 100_000 it is 102_000 there, so 58 s are left of an end at 160_000.
    expect(timerRemainingMs(running(160_000), 100_000, 2_000)).toBe(58_000);
    // A laptop whose clock is 3 minutes slow shows the same time left.
    expect(timerRemainingMs(running(160_000), 100_000 - 180_000, 182_000)).toBe(58_000);
  });

  it('never shows negative time once the end has passed', () => {
    expect(timerRemainingMs(running(160_000), 170_000, 0)).toBe(0);
  });

  it('shows what was left when paused, whatever the clocks say', () => {
    const paused: TimerState = { durationMs: 300_000, endsAt: null, remainingMs: 125_000 };
    expect(timerRemainingMs(paused, 1e12, -5_000)).toBe(125_000);
    expect(timerPhase(paused, 125_000)).toBe('paused');
  });

  it('tells idle, running, paused and finished apart', () => {
    expect(timerPhase({ durationMs: 0, endsAt: null, remainingMs: 0 }, 0)).toBe('idle');
    expect(timerPhase({ durationMs: 60_000, endsAt: null, remainingMs: 60_000 }, 60_000)).toBe('idle');
    expect(timerPhase(running(160_000), 58_000)).toBe('running');
    expect(timerPhase(running(160_000), 0)).toBe('finished');
  });

  it('formats whole seconds rounded up, with hours only when needed', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(400)).toBe('0:01');
    expect(formatCountdown(245_000)).toBe('4:05');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-10)).toBe('0:00');
  });

  it('announces milestones, not seconds', () => {
    expect(timerMilestone(17 * 60_000)).toEqual({ kind: 'minutes', count: 20 });
    expect(timerMilestone(4 * 60_000 + 1)).toEqual({ kind: 'minutes', count: 5 });
    expect(timerMilestone(4 * 60_000)).toEqual({ kind: 'minutes', count: 4 });
    expect(timerMilestone(45_000)).toEqual({ kind: 'minutes', count: 1 });
    expect(timerMilestone(25_000)).toEqual({ kind: 'seconds', count: 30 });
    expect(timerMilestone(9_000)).toEqual({ kind: 'seconds', count: 10 });
    expect(timerMilestone(0)).toEqual({ kind: 'up' });
  });
});
