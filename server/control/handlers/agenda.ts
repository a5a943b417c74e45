/** Editing the agenda before and during the workshop. */
import type { AgendaDay } from '../../../shared/agenda.js';
import type { ControlRecord } from '../../../shared/events.js';
import { conflict, notFound } from '../CommandError.js';
import type { CommandHandler } from './types.js';

function dayOf(draft: ControlRecord, dayId: string): AgendaDay {
  const day = draft.agenda.days.find((d) => d.id === dayId);
  if (!day) throw notFound('no day with this id in the agenda');
  return day;
}

function locate(draft: ControlRecord, sessionId: string): { day: AgendaDay; index: number } {
  for (const day of draft.agenda.days) {
    const index = day.sessions.findIndex((session) => session.id === sessionId);
    if (index >= 0) return { day, index };
  }
  throw notFound('no session with this id in the agenda');
}

export const addSession: CommandHandler<'agenda:add-session'> = (draft, { dayId, index, session }, { newId }) => {
  const day = dayOf(draft, dayId);
  const id = newId();
  day.sessions.splice(Math.min(index ?? day.sessions.length, day.sessions.length), 0, { ...session, id });
  return { sessionId: id };
};

export const updateSession: CommandHandler<'agenda:update-session'> = (draft, { sessionId, changes }) => {
  const { day, index } = locate(draft, sessionId);
  day.sessions[index] = { ...day.sessions[index]!, ...changes };
  return { title: day.sessions[index]!.title };
};

export const removeSession: CommandHandler<'agenda:remove-session'> = (draft, { sessionId }) => {
  if (draft.currentSessionId === sessionId) throw conflict('the room is in this session; move on before removing it');
  const { day, index } = locate(draft, sessionId);
  const [removed] = day.sessions.splice(index, 1);
  return { title: removed!.title };
};

export const moveSession: CommandHandler<'agenda:move-session'> = (draft, { sessionId, dayId, index }) => {
  const target = dayOf(draft, dayId);
  const { day, index: from } = locate(draft, sessionId);
  const [session] = day.sessions.splice(from, 1);
  target.sessions.splice(Math.min(index, target.sessions.length), 0, session!);
};
