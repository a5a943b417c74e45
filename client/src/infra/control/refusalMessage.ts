/** Plain-words sentences for refused commands, specific where the command makes the reason plain. */
import type { ParseKeys, TFunction } from 'i18next';
import type { CommandName } from '../../../../shared/control.js';
import type { RefusalCode } from './ControlConnection.js';

/** Refusals whose cause is certain from the command alone get their own sentence. */
const SPECIFIC: Partial<Record<CommandName, Partial<Record<RefusalCode, ParseKeys>>>> = {
  'agenda:remove-session': { conflict: 'refusals.removeCurrent' },
  'timer:pause': { conflict: 'refusals.timerNotRunning' },
  'timer:resume': { conflict: 'refusals.timerCannotResume' },
  'hand:raise': { conflict: 'refusals.handAlreadyRaised' },
  'hand:lower': { conflict: 'refusals.handNotRaised' },
  'vote:cast': { conflict: 'voteRefusals.ballotConflict' },
  'vote:open': { conflict: 'voteRefusals.openConflict' },
  'charter:unfreeze': { conflict: 'voteRefusals.unfreezeConflict' },
  'charter:sign': { conflict: 'voteRefusals.signConflict' },
};

/** The sentence for a refusal; `invalid` carries the server's detail, since it names the field. */
export function refusalMessage(t: TFunction, command: CommandName, error: { code: RefusalCode; message: string }): string {
  const specific = SPECIFIC[command]?.[error.code];
  if (specific) return t(specific);
  if (error.code === 'invalid') return t('refusals.invalid', { detail: error.message });
  return t(`refusals.${error.code}`);
}
