/** `agenda:update-session`: changes some of a session's fields; answers its title. */
import type { RecordEdit } from '../editRecord.js';
import { locateSession } from './findInAgenda.js';

export const updateSession: RecordEdit<'agenda:update-session'> = (draft, { sessionId, changes }) => {
  const { day, index } = locateSession(draft, sessionId);
  day.sessions[index] = { ...day.sessions[index]!, ...changes };
  return { title: day.sessions[index].title };
};
