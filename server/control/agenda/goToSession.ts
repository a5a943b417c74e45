/** `stage:go`: moves the room to a session of the agenda; every screen follows its stage. */
import { findSession } from '../../../shared/agenda.js';
import { notFound } from '../../errors.js';
import type { RecordEdit } from '../editRecord.js';

export const goToSession: RecordEdit<'stage:go'> = (draft, { sessionId }) => {
  if (!findSession(draft.agenda, sessionId)) throw notFound('no session with this id in the agenda');
  draft.currentSessionId = sessionId;
  // A spotlight belongs to the session it was lit in.
  draft.spotlight = null;
};
