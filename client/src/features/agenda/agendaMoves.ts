/** Agenda arithmetic for the console: the session before or after, and where a move lands. */
import type { Agenda, AgendaSession } from '../../../../shared/agenda.js';
import { sessionsInOrder } from '../../../../shared/agendaReading.js';

/** The session one step before (-1) or after (+1) the current one; the first session when nothing is current and stepping forward. */
export function adjacentSession(agenda: Agenda, currentId: string | null, step: -1 | 1): AgendaSession | null {
  const sessions = sessionsInOrder(agenda);
  if (currentId === null) return step === 1 ? (sessions[0] ?? null) : null;
  const index = sessions.findIndex((session) => session.id === currentId);
  if (index < 0) return null;
  return sessions[index + step] ?? null;
}

/**
 * Where `agenda:move-session` should put a session moved one place up (-1) or down (+1). At the
 * edge of a day it crosses into the neighbouring day, so keyboard users can move a session
 * anywhere with the buttons alone. Null at the very start or end of the agenda.
 */
export function moveTarget(agenda: Agenda, sessionId: string, step: -1 | 1): { dayId: string; index: number } | null {
  const dayIndex = agenda.days.findIndex((day) => day.sessions.some((session) => session.id === sessionId));
  const day = agenda.days[dayIndex];
  if (!day) return null;
  const index = day.sessions.findIndex((session) => session.id === sessionId);
  const within = index + step;
  if (within >= 0 && within < day.sessions.length) return { dayId: day.id, index: within };
  const neighbour = agenda.days[dayIndex + step];
  if (!neighbour) return null;
  return { dayId: neighbour.id, index: step === -1 ? neighbour.sessions.length : 0 };
}

/** The index a session dropped on `targetId` takes: the target's place, in the target's day. */
export function dropTarget(agenda: Agenda, targetId: string): { dayId: string; index: number } | null {
  for (const day of agenda.days) {
    const index = day.sessions.findIndex((session) => session.id === targetId);
    if (index >= 0) return { dayId: day.id, index };
  }
  return null;
}
