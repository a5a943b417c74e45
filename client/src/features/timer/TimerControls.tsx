/** The facilitator's timer: start with minutes, pause, resume, reset. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { TimerDisplay } from './TimerDisplay.js';
import { useTimerReading } from './useTimerReading.js';

/** Minutes may be fractional ("1.5"); the server counts in whole seconds. */
function toSeconds(minutes: string): number | null {
  const value = Number(minutes.replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0) return null;
  return Math.min(24 * 3600, Math.max(1, Math.round(value * 60)));
}

/** Shows the countdown and the buttons that make sense for its phase. */
export function TimerControls() {
  const { t } = useTranslation();
  const { phase } = useTimerReading();
  const command = useCommand();
  const [minutes, setMinutes] = useState('10');
  const [inputError, setInputError] = useState<string | null>(null);

  const handleStart = (event: FormEvent) => {
    event.preventDefault();
    const seconds = toSeconds(minutes);
    if (seconds === null) {
      setInputError(t('timer.minutesInvalid'));
      return;
    }
    setInputError(null);
    void command.run('timer:start', { seconds });
  };

  return (
    <section className="panel timer-panel" aria-labelledby="timer-heading">
      <h2 id="timer-heading">{t('timer.title')}</h2>
      <TimerDisplay />
      <form className="timer-panel__start" onSubmit={handleStart}>
        <label htmlFor="timer-minutes">{t('timer.minutes')}</label>
        <input
          id="timer-minutes"
          inputMode="decimal"
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          aria-invalid={inputError ? true : undefined}
          aria-describedby={inputError ? 'timer-minutes-error' : undefined}
          size={4}
        />
        <button type="submit" className="button--primary" disabled={command.busy}>
          {t('timer.start')}
        </button>
      </form>
      {inputError && (
        <p id="timer-minutes-error" className="notice notice--error" role="alert">
          {inputError}
        </p>
      )}
      <div className="actions">
        {phase === 'running' && (
          <button type="button" onClick={() => void command.run('timer:pause')} disabled={command.busy}>
            {t('timer.pause')}
          </button>
        )}
        {phase === 'paused' && (
          <button type="button" onClick={() => void command.run('timer:resume')} disabled={command.busy}>
            {t('timer.resume')}
          </button>
        )}
        {phase !== 'idle' && (
          <button type="button" className="button--quiet" onClick={() => void command.run('timer:reset')} disabled={command.busy}>
            {t('timer.reset')}
          </button>
        )}
      </div>
      <ErrorNotice message={command.error} />
    </section>
  );
}
