/** Every state-changing control command and its resolution. */
import type { CommandName } from '../../../shared/control.js';
import type { AmendmentCommand } from '../amendments/amendmentCommands.js';
import type { VoteCommand } from '../votes/voteCommands.js';
import { addSession, moveSession, removeSession, updateSession } from './agenda.js';
import { signCharter, unfreezeCharter } from './charter.js';
import { clearSpotlight, lockSection, lowerHand, markReturning, raiseHand, setSpotlight } from './room.js';
import { goToSession } from './stage.js';
import { pauseTimer, resetTimer, resumeTimer, startTimer } from './timer.js';
import type { CommandHandler } from './types.js';

/** Commands resolved by editing the control record; votes have their own path (ballots never enter the audit log). */
export type MutatingCommand = Exclude<CommandName, 'audit:list' | VoteCommand | AmendmentCommand>;

export const HANDLERS: { [C in MutatingCommand]: CommandHandler<C> } = {
  'stage:go': goToSession,
  'timer:start': startTimer,
  'timer:pause': pauseTimer,
  'timer:resume': resumeTimer,
  'timer:reset': resetTimer,
  'section:lock': lockSection,
  spotlight: setSpotlight,
  'spotlight:clear': clearSpotlight,
  'hand:raise': raiseHand,
  'hand:lower': lowerHand,
  'agenda:add-session': addSession,
  'agenda:update-session': updateSession,
  'agenda:remove-session': removeSession,
  'agenda:move-session': moveSession,
  'roster:mark-returning': markReturning,
  'charter:unfreeze': unfreezeCharter,
  'charter:sign': signCharter,
};
