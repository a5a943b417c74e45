/**
 * The zod schema of `state:delta` (shared/stateDelta.ts has the functions that make and apply
 * one). Apart, so the client, which only applies deltas, never loads zod.
 */
import { z } from 'zod';
import { type Agenda, STAGES } from './agenda.js';
import type { AmendmentsRecord } from './amendments.js';
import { type DialogueRecord, LAYERS } from './dialogue.js';
import type { AccreditationView, CharterRecord, WorkshopState } from './events.js';
import { PRIORITIES } from './priorities.js';
import { ROLES } from './roles.js';
import { SECTIONS } from './sections.js';
import { ENTRY_MODES } from './entryMode.js';
import { WORKSHOP_LANGUAGES } from './workshopLanguage.js';
import type { SetField } from './stateDelta.js';
import type { VoteSummary } from './votes.js';

const id = z.string().min(1).max(64);
const count = z.number().int().min(0);
/** Large structures the server builds itself: typed, checked only for being an object. */
const object = <T>() => z.custom<T>((value) => typeof value === 'object' && value !== null, 'expected an object');

const presenceEntry = z
  .object({ id, name: z.string(), organisation: z.string().nullable(), role: z.enum(ROLES), connections: count, layer: z.enum(LAYERS).optional(), body: z.string().nullable().optional() })
  .strict();
const queuedHand = z
  .object({ participantId: id, name: z.string(), organisation: z.string().nullable(), raisedAt: count, place: z.number().int().min(1) })
  .strict();
const voter = z.object({ name: z.string(), organisation: z.string().nullable() }).strict();

/** `{ op: 'set', field, value }`: the field is replaced whole. */
const set = <F extends SetField, S extends z.ZodType<WorkshopState[F]>>(field: F, value: S) =>
  z.object({ op: z.literal('set'), field: z.literal(field), value }).strict();


const setChange = z.discriminatedUnion('field', [
  set('agenda', object<Agenda>()),
  set('currentSessionId', id.nullable()),
  set('stage', z.enum(STAGES).nullable()),
  set('timer', z.object({ durationMs: count, endsAt: z.number().nullable(), remainingMs: z.number() }).strict()),
  set('locks', z.record(z.enum(SECTIONS), z.boolean())),
  set('spotlight', z.object({ section: z.enum(SECTIONS), itemId: id }).strict().nullable()),
  set('hands', z.array(queuedHand)),
  set('headcount', z.object({ participants: count, organisations: count }).strict()),
  set('accreditation', object<AccreditationView>()),
  set('returningOrganisations', z.array(z.string())),
  set('charter', object<CharterRecord>()),
  set('amendments', object<AmendmentsRecord>()),
  set('priorities', z.record(z.string(), z.enum(PRIORITIES))),
  set('language', z.enum(WORKSHOP_LANGUAGES)),
  set('projector', z.object({ resultsFrom: count, joinCodeLarge: z.boolean() }).strict()),
  set('entryMode', z.enum(ENTRY_MODES)),
  set('dialogue', object<DialogueRecord>().nullable()),
  // Only when votes are not just appended to or tallied (never today: votes are not deleted).
  set('votes', z.array(object<VoteSummary>())),
]);

/**
 * One change. `presence.put` adds or replaces an entry by id (the list stays sorted by
 * `comparePresence`); `presence.drop` removes one. `vote.put` appends a new vote or replaces one
 * whole (opened, closed, counted). `vote.tally` is the frequent one, a ballot counted: only what
 * moved — turnout `ballots` and `present`, the live `counts` that changed (merged into the
 * previous counts), `counted` (the live tally's ballots), and `voters` (open ballots) as the
 * number of previous voters kept plus those added.
 */
export const stateChange = z.union([
  setChange,
  z.object({ op: z.literal('presence.put'), entry: presenceEntry }).strict(),
  z.object({ op: z.literal('presence.drop'), id }).strict(),
  z.object({ op: z.literal('vote.put'), vote: object<VoteSummary>() }).strict(),
  z
    .object({
      op: z.literal('vote.tally'),
      id,
      ballots: count.optional(),
      present: count.optional(),
      counts: z.record(z.string(), z.number()).optional(),
      counted: count.optional(),
      voters: z.object({ keep: count, add: z.array(voter) }).strict().optional(),
    })
    .strict(),
]);
export type StateChange = z.output<typeof stateChange>;

/** `state:delta`: the changes from version `from` to `to`; `serverTime` only when the timer changed. */
export const stateDelta = z.object({ from: count, to: count, serverTime: z.number().optional(), changes: z.array(stateChange).min(1) }).strict();
export type StateDelta = z.output<typeof stateDelta>;

