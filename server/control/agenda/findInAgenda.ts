/** Days and sessions of the draft agenda by id, or `not_found`. */
import type { AgendaDay } from '../../../shared/agenda.js';
import type { ControlRecord } from '../../../shared/events.js';
import { notFound } from '../../errors.js';

export function dayOf(draft: ControlRecord, dayId: string): AgendaDay {
  const day = draft.agenda.days.find((d) => d.id === dayId);
  if (!day) throw notFound('no day with this id in the agenda');
  return day;
}

/** The session's day and its index there. */
export function locateSession(draft: ControlRecord, sessionId: string): { day: AgendaDay; index: number } {
  for (const day of draft.agenda.days) {
    const index = day.sessions.findIndex((session) => session.id === sessionId);
    if (index >= 0) return { day, index };
  }
  throw notFound('no session with this id in the agenda');
}
