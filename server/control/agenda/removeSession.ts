/** `agenda:remove-session`: removes a session the room is not in; answers its title for the audit log. */
import { conflict } from '../../errors.js';
import type { RecordEdit } from '../editRecord.js';
import { locateSession } from './findInAgenda.js';

export const removeSession: RecordEdit<'agenda:remove-session'> = (draft, { sessionId }) => {
  if (draft.currentSessionId === sessionId) throw conflict('the room is in this session; move on before removing it');
  const { day, index } = locateSession(draft, sessionId);
  const [removed] = day.sessions.splice(index, 1);
  return { title: removed!.title };
};
