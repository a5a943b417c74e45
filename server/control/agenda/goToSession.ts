/** `stage:go`: moves the room to a session of the agenda; every screen follows its stage. */
import { findSession } from '../../../shared/agenda.js';
import { notFound } from '../../errors.js';
import type { RecordEdit } from '../editRecord.js';
import { IDLE_TIMER } from '../timer/clearTimer.js';

export const goToSession: RecordEdit<'stage:go'> = (draft, { sessionId }, { now }) => {
  if (!findSession(draft.agenda, sessionId)) throw notFound('no session with this id in the agenda');
  if (draft.currentSessionId !== sessionId) {
    // The timer, a shown result and a large join code belong to the session they were shown in.
    draft.timer = { ...IDLE_TIMER };
    draft.projector = { resultsFrom: now, joinCodeLarge: false };
  }
  draft.currentSessionId = sessionId;
  // A spotlight belongs to the session it was lit in.
  draft.spotlight = null;
};
