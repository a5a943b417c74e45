/** The workshop agenda: days of sessions, each on a stage (a section, or plenary). Its stages and lookups are in agendaReading.ts, without zod. */
import { z } from 'zod';
import { STAGES } from './agendaReading.js';

export * from './agendaReading.js';

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
