/** `agenda:add-session`: a new session in a day, at an index or last; answers its id. */
import type { RecordEdit } from '../editRecord.js';
import { dayOf } from './findInAgenda.js';

export const addSession: RecordEdit<'agenda:add-session'> = (draft, { dayId, index, session }, { newId }) => {
  const day = dayOf(draft, dayId);
  const id = newId();
  day.sessions.splice(Math.min(index ?? day.sessions.length, day.sessions.length), 0, { ...session, id });
  return { sessionId: id };
};
