/**
 * The stages and reading an agenda, without zod (the schemas are in agenda.ts): the participant's
 * first view imports these, and zod would add about 40 KiB compressed to it.
 */
import type { Agenda, AgendaSession } from './agenda.js';
import { SECTIONS } from './sections.js';

/** Where a session takes the room: one of the co-written sections, or plenary (remarks, breaks, closing). */
export const STAGES = [...SECTIONS, 'plenary'] as const;
export type Stage = (typeof STAGES)[number];

/** Every session in order, with its day. */
export function sessionsInOrder(agenda: Agenda): (AgendaSession & { dayId: string })[] {
  return agenda.days.flatMap((day) => day.sessions.map((session) => ({ ...session, dayId: day.id })));
}

/** The session with this id, or null. */
export function findSession(agenda: Agenda, sessionId: string): AgendaSession | null {
  for (const day of agenda.days) {
    const found = day.sessions.find((session) => session.id === sessionId);
    if (found) return found;
  }
  return null;
}
