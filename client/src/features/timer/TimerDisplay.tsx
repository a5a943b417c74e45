/** The countdown, large, with a separate live region that speaks only at milestones. */
import { useTranslation } from 'react-i18next';
import { formatCountdown, timerMilestone, type TimerPhase } from '../../infra/control/clock.js';
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

interface TimerDisplayProps {
  /** "wall" for the projector. */
  size?: 'normal' | 'wall';
  /** Participants and the projector see no timer until the facilitator starts one. */
  hideWhenIdle?: boolean;
}

/** The digits and a milestone live region. */
export function TimerDisplay({ size = 'normal', hideWhenIdle = false }: TimerDisplayProps) {
  const { t } = useTranslation();
  const { phase, remainingMs } = useTimerReading();
  const announcement = useAnnouncement(phase, remainingMs);
  if (hideWhenIdle && phase === 'idle') return null;
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
