/** Every state-changing control command and its resolution. */
import type { CommandName } from '../../../shared/control.js';
import { addSession, moveSession, removeSession, updateSession } from './agenda.js';
import { clearSpotlight, lockSection, lowerHand, markReturning, raiseHand, setSpotlight } from './room.js';
import { goToSession } from './stage.js';
import { pauseTimer, resetTimer, resumeTimer, startTimer } from './timer.js';
import type { CommandHandler } from './types.js';

export type MutatingCommand = Exclude<CommandName, 'audit:list'>;

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
};
