/** The countdown, large, with a separate live region that speaks only at milestones. */
import { useTranslation } from 'react-i18next';
import { formatCountdown, timerMilestone, type TimerPhase } from '../control/clock.js';
import { useTimerReading } from './useTimerReading.js';

/** The sentence a screen reader hears for the timer's current milestone. */
function useAnnouncement(phase: TimerPhase, remainingMs: number): string {
  const { t } = useTranslation();
  if (phase === 'idle') return '';
  if (phase === 'paused') return t('timer.pausedAt', { time: formatCountdown(remainingMs) });
  const milestone = timerMilestone(remainingMs);
  if (milestone.kind === 'up') return t('timer.timeUp');
  return milestone.kind === 'minutes'
    ? t('timer.minutesLeft', { count: milestone.count })
    : t('timer.secondsLeft', { count: milestone.count });
}

/** `size="wall"` for the projector. Hidden entirely while no timer was ever started. */
export function TimerDisplay({ size = 'normal' }: { size?: 'normal' | 'wall' }) {
  const { t } = useTranslation();
  const { phase, remainingMs } = useTimerReading();
  const announcement = useAnnouncement(phase, remainingMs);
  return (
    <div className={`timer timer--${size} timer--${phase}`} data-testid="timer" data-phase={phase}>
      <span className="timer__label">{t('timer.title')}</span>
      {/* role="timer" is not live by default: the digits change silently, the milestones below speak. */}
      <span className="timer__digits" role="timer">
        {phase === 'idle' ? '–:––' : formatCountdown(remainingMs)}
      </span>
      <span className="timer__state">{phase === 'paused' ? t('timer.paused') : phase === 'finished' ? t('timer.timeUp') : ''}</span>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
