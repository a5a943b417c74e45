/** The room's timer as this screen should show it now, re-read four times a second while it runs. */
import { useEffect, useState } from 'react';
import type { TimerState } from '../../../../shared/events.js';
import { timerPhase, timerRemainingMs, type TimerPhase } from '../../infra/control/clock.js';
import { useControl } from '../../infra/control/ControlContext.js';

/** Often enough that the seconds never visibly skip, rarely enough to cost nothing. */
const TICK_MS = 250;

export interface TimerReading {
  timer: TimerState | null;
  remainingMs: number;
  phase: TimerPhase;
}

/** Null timer before the first state arrives. */
export function useTimerReading(): TimerReading {
  const timer = useControl((snapshot) => snapshot.state?.timer ?? null);
  const offset = useControl((snapshot) => snapshot.clockOffsetMs);
  const [now, setNow] = useState(() => Date.now());
  const running = timer?.endsAt != null;

  useEffect(() => {
    // The clock is read again as soon as the timer changes, not at the next tick.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNow(Date.now());
    if (!running) return;
    const interval = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(interval);
  }, [running, timer]);

  if (!timer) return { timer: null, remainingMs: 0, phase: 'idle' };
  const remainingMs = timerRemainingMs(timer, now, offset);
  return { timer, remainingMs, phase: timerPhase(timer, remainingMs) };
}
