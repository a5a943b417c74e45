/** `agenda:move-session`: moves a session to a day and index (another day's too). */
import type { RecordEdit } from '../editRecord.js';
import { dayOf, locateSession } from './findInAgenda.js';

export const moveSession: RecordEdit<'agenda:move-session'> = (draft, { sessionId, dayId, index }) => {
  const target = dayOf(draft, dayId);
  const { day, index: from } = locateSession(draft, sessionId);
  const [session] = day.sessions.splice(from, 1);
  target.sessions.splice(Math.min(index, target.sessions.length), 0, session!);
};
