/** The workshop agenda: days of sessions, each on a stage (a section, or plenary). */
import { z } from 'zod';
import { SECTIONS } from './sections.js';

/** Where a session takes the room: one of the co-written sections, or plenary (remarks, breaks, closing). */
export const STAGES = [...SECTIONS, 'plenary'] as const;
export type Stage = (typeof STAGES)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM');

export const sessionFields = z.object({
  title: z.string().trim().min(1).max(200),
  startsAt: clockTime,
  endsAt: clockTime,
  stage: z.enum(STAGES),
  notes: z.string().max(4000).default(''),
});
export type SessionFields = z.infer<typeof sessionFields>;

export interface AgendaSession extends SessionFields {
  id: string;
}

export interface AgendaDay {
  id: string;
  title: string;
  sessions: AgendaSession[];
}

export interface Agenda {
  days: AgendaDay[];
}

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
