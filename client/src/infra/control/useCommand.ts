/** Runs control commands from a panel and keeps the last refusal as a sentence to show there. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandName, CommandPayload } from '../../../../shared/control.js';
import { useControlConnection } from './ControlContext.js';
import type { CommandOutcome } from './ControlConnection.js';
import { refusalMessage } from './refusalMessage.js';

export interface CommandRunner {
  /** Sends the command; resolves with the outcome after recording any refusal. */
  run: <C extends CommandName>(command: C, payload?: CommandPayload<C>) => Promise<CommandOutcome<C>>;
  /** The last refusal in plain words, or null after a success. */
  error: string | null;
  busy: boolean;
  clearError: () => void;
}

/** One runner per panel, so a refusal shows beside the control that caused it. */
export function useCommand(): CommandRunner {
  const { t } = useTranslation();
  const connection = useControlConnection();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <C extends CommandName>(command: C, payload?: CommandPayload<C>): Promise<CommandOutcome<C>> => {
      setBusy(true);
      const outcome: CommandOutcome<C> = connection
        ? await connection.run(command, payload)
        : { ok: false, error: { code: 'offline', message: 'not connected' } };
      setBusy(false);
      setError(outcome.ok ? null : refusalMessage(t, command, outcome.error));
      return outcome;
    },
    [connection, t],
  );

  return { run, error, busy, clearError: useCallback(() => setError(null), []) };
}
