/** Moving the room to a session of the agenda. */
import { findSession } from '../../../shared/agenda.js';
import { notFound } from '../CommandError.js';
import type { CommandHandler } from './types.js';

export const goToSession: CommandHandler<'stage:go'> = (draft, { sessionId }) => {
  if (!findSession(draft.agenda, sessionId)) throw notFound('no session with this id in the agenda');
  draft.currentSessionId = sessionId;
  // A spotlight belongs to the session it was lit in.
  draft.spotlight = null;
};
