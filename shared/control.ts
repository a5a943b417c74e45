/**
 * The control channel's commands: name → payload schema and result schema. The server validates
 * what comes in and what goes out with these (who may send each is the server's, in
 * `server/policies/`); the client imports the types only, so its `run(name, payload)` answers
 * `CommandResult<name>` without zod in its bundle.
 */
import { z } from 'zod';
import { sessionFields } from './agenda.js';
import {
  amendmentModePayload,
  amendmentOutcomeSchema,
  proposeAmendmentPayload,
  putAmendmentToVotePayload,
  withdrawAmendmentPayload,
} from './amendments.js';
import type { AttendanceRoster } from './attendanceRoster.js';
import type { AuditEntry } from './events.js';
import { LIMITS } from './limits.js';
import { LAYERS } from './dialogue.js';
import { ROLES } from './roles.js';
import { PRIORITIES } from './priorities.js';
import { SECTIONS } from './sections.js';
import { ENTRY_MODES } from './entryMode.js';
import { WORKSHOP_LANGUAGES } from './workshopLanguage.js';
import { castVotePayload, itemVoteRules, closeVotePayload, openVotePayload, voteResultSchema } from './votes.js';

const id = z.string().min(1).max(64);
const count = z.number().int().min(0);
/** An organisation's name on the invitation list, or one of its other spellings. */
const listedName = z.string().trim().min(1).max(LIMITS.maxOrganisationLength);
const empty = z.object({}).strict().optional().default({});
/** The answer of a command that answers nothing but `ok`. */
const nothing = z.strictObject({});

/** An audit line as `audit:list` answers it; `command` is whatever name the server wrote. */
const auditEntry: z.ZodType<AuditEntry> = z.strictObject({
  id: z.number().int(),
  at: z.number(),
  actorRole: z.enum(ROLES),
  actorName: z.string(),
  command: z.custom<AuditEntry['command']>((value) => typeof value === 'string'),
  detail: z.record(z.string(), z.unknown()),
});

export const COMMANDS = {
  'stage:go': { payload: z.object({ sessionId: id }), result: nothing },
  'timer:start': { payload: z.object({ seconds: z.number().int().min(1).max(24 * 3600) }), result: nothing },
  'timer:pause': { payload: empty, result: nothing },
  'timer:resume': { payload: empty, result: nothing },
  'timer:reset': { payload: empty, result: nothing },
  /** Takes the timer off every screen (a finished one too) until the next start. */
  'timer:clear': { payload: empty, result: nothing },
  /** Hides the result on the room's screen, or shows the latest closed vote's result again. */
  'projector:results': { payload: z.object({ shown: z.boolean() }).strict(), result: nothing },
  /** Shows the join address, code and QR large on the room's screen, or compact again. */
  'projector:join-code': { payload: z.object({ large: z.boolean() }).strict(), result: nothing },
  'section:lock': { payload: z.object({ section: z.enum(SECTIONS), locked: z.boolean() }), result: nothing },
  spotlight: { payload: z.object({ section: z.enum(SECTIONS), itemId: id }), result: nothing },
  'spotlight:clear': { payload: empty, result: nothing },
  'hand:raise': { payload: empty, result: nothing },
  /** A participant lowers their own hand; the facilitator may lower anyone's by `participantId`. */
  'hand:lower': { payload: z.object({ participantId: id.optional() }).optional().default({}), result: nothing },
  /** → the new session's id. */
  'agenda:add-session': {
    payload: z.object({ dayId: id, index: z.number().int().min(0).optional(), session: sessionFields }),
    result: z.strictObject({ sessionId: id }),
  },
  /** → the session's title after the change. */
  'agenda:update-session': {
    payload: z.object({ sessionId: id, changes: sessionFields.partial() }),
    result: z.strictObject({ title: z.string() }),
  },
  /** → the removed session's title. */
  'agenda:remove-session': { payload: z.object({ sessionId: id }), result: z.strictObject({ title: z.string() }) },
  'agenda:move-session': {
    payload: z.object({ sessionId: id, dayId: id, index: z.number().int().min(0) }),
    result: nothing,
  },
  /** The facilitator removes a participant: their tokens stop working everywhere at once; what they wrote stays. */
  'participant:remove': { payload: z.object({ participantId: id }), result: nothing },
  /** Admits a newcomer from the waiting list (or matches an admitted participant): to the organisation their typed name suggests, another listed one or delegate, or one added now. */
  'participant:admit': {
    payload: z
      .object({
        participantId: id,
        /** Omitted: the suggestion; null: admitted without an organisation. */
        organisationId: id.nullable().optional(),
        delegateId: id.nullable().optional(),
        /** Adds this organisation to the list and matches them to it. */
        addOrganisation: listedName.optional(),
      })
      .strict(),
    result: z.strictObject({ organisationId: id.nullable() }),
  },
  /** Adds (no id) or changes a listed organisation → its id. */
  'invitations:save-organisation': {
    payload: z
      .object({
        organisationId: id.optional(),
        name: listedName,
        aliases: z.array(listedName).max(30).default([]),
        returning: z.boolean().default(false),
      })
      .strict(),
    result: z.strictObject({ organisationId: id }),
  },
  'invitations:remove-organisation': { payload: z.object({ organisationId: id }).strict(), result: nothing },
  /** Adds (no id) or changes a listed delegate → their id. */
  'invitations:save-delegate': {
    payload: z
      .object({
        delegateId: id.optional(),
        organisationId: id,
        name: z.string().trim().min(1).max(LIMITS.maxNameLength),
        contact: z.string().trim().max(200).nullable().default(null),
        ballotHolder: z.boolean().default(false),
      })
      .strict(),
    result: z.strictObject({ delegateId: id }),
  },
  'invitations:remove-delegate': { payload: z.object({ delegateId: id }).strict(), result: nothing },
  /** Merges one listed organisation into another: spellings, delegates, participants and open ballots follow → what moved. */
  'invitations:merge': {
    payload: z.object({ fromId: id, intoId: id }).strict(),
    result: z.strictObject({ participants: count, droppedBallots: count }),
  },
  /** The facilitator corrects whom a dialogue-day participant speaks for; their connections reopen under it. */
  'participant:layer': {
    payload: z.object({ participantId: id, layer: z.enum(LAYERS), body: z.string().trim().max(120).nullable().optional() }),
    result: nothing,
  },
  /** A plan row becomes a joint commitment: by a passed vote of the room, or by the agreement of named representatives (a Government one and a CSO one at least). */
  'commitment:record': {
    payload: z.union([z.object({ rowId: id, voteId: id }).strict(), z.object({ rowId: id, participantIds: z.array(id).min(2).max(20) }).strict()]),
    result: nothing,
  },
  'commitment:withdraw': { payload: z.object({ rowId: id }), result: nothing },
  /** Puts a plan row's joint commitment to a yes/no (or consent) vote of the room → `{ voteId }`; passed, the server records it with the tally. */
  'commitment:put-to-vote': {
    /** The question defaults to one naming the row, in the workshop's language. */
    payload: z.object({ rowId: id, ...itemVoteRules }).strict(),
    result: z.strictObject({ voteId: id }),
  },
  'roster:mark-returning': {
    payload: z.object({ organisation: z.string().trim().min(1).max(120), returning: z.boolean() }),
    result: nothing,
  },
  /**
   * Sets the room's priority of recommendations by key (null clears one): by hand, or from a
   * closed dot vote, named by `fromVoteId` for the audit log.
   */
  'priority:set': {
    payload: z.object({
      priorities: z
        .record(z.string().min(1).max(200), z.enum(PRIORITIES).nullable())
        .refine((value) => Object.keys(value).length >= 1 && Object.keys(value).length <= 500, 'between 1 and 500 recommendations'),
      fromVoteId: id.optional(),
    }),
    result: nothing,
  },
  /** The workshop's language (generated texts); an agenda still as the template follows it. */
  'workshop:language': { payload: z.object({ language: z.enum(WORKSHOP_LANGUAGES) }), result: z.strictObject({ agendaTranslated: z.boolean() }) },
  /** How people get in: the join code (`open`) or personal invitation links only (`invited`). */
  'workshop:entry-mode': { payload: z.object({ mode: z.enum(ENTRY_MODES) }).strict(), result: nothing },
  /**
   * Issues personal invitation links for listed delegates → each link's secret, shown this once:
   * the server keeps only its hash. With `replace`, a delegate who has a link gets a new one and
   * whoever opened the old one is signed out; without it, they are skipped.
   */
  'invitation:issue': {
    payload: z.object({ delegateIds: z.array(id).min(1).max(2000), replace: z.boolean().optional().default(false) }).strict(),
    result: z.strictObject({ issued: z.array(z.strictObject({ delegateId: id, secret: z.string() })) }),
  },
  /** Withdraws a delegate's link; whoever opened it is signed out on every channel. */
  'invitation:revoke': { payload: z.object({ delegateId: id }).strict(), result: nothing },
  /** The attendance roster: the invitation list by organisation, who was admitted, who is present, when the others were last seen. */
  'roster:list': { payload: empty, result: z.strictObject({ roster: z.custom<AttendanceRoster>((value) => typeof value === 'object' && value !== null) }) },
  /** Opens a vote (`adopt: 'charter'` freezes the charter and puts its hash in the vote) → `{ voteId }`. */
  'vote:open': { payload: openVotePayload, result: z.strictObject({ voteId: id, charterHash: z.string().optional() }) },
  /** Casts or replaces the caller's ballot (their organisation's, under an organisation franchise) → `{ ballot }`. */
  'vote:cast': { payload: castVotePayload, result: z.strictObject({ ballot: z.enum(['cast', 'replaced', 'repeated']) }) },
  /** Closes a vote and counts it → `{ result }`, and for an amendment's vote what became of it. */
  'vote:close': { payload: closeVotePayload, result: z.strictObject({ result: voteResultSchema, amendment: amendmentOutcomeSchema.optional() }) },
  /** Lets the room draft again after a failed adoption vote; an adopted charter stays frozen. */
  'charter:unfreeze': { payload: empty, result: nothing },
  /** Adds the caller's organisation to the adopted charter's signatories, once. */
  'charter:sign': { payload: empty, result: nothing },
  /** Amendment mode: participants' direct charter edits are refused; they propose amendments instead. */
  'charter:amendment-mode': { payload: amendmentModePayload, result: nothing },
  /** Proposes a replacement for one charter paragraph, with a reason → `{ amendmentId }`. */
  'amendment:propose': { payload: proposeAmendmentPayload, result: z.strictObject({ amendmentId: id }) },
  /** The author takes back an amendment not yet put to the vote. */
  'amendment:withdraw': { payload: withdrawAmendmentPayload, result: nothing },
  /** Opens a yes/no vote on an amendment → `{ voteId }`; when it passes, the server applies it. */
  'amendment:put-to-vote': { payload: putAmendmentToVotePayload, result: z.strictObject({ voteId: id }) },
  /** The workshop's latest audit entries, newest first. */
  'audit:list': {
    payload: z.object({ limit: z.number().int().min(1).max(500).default(100) }).optional().default({ limit: 100 }),
    result: z.strictObject({ entries: z.array(auditEntry) }),
  },
} as const satisfies Record<string, { payload: z.ZodType; result: z.ZodType<object> }>;

export type CommandName = keyof typeof COMMANDS;
/** What the caller sends. */
export type CommandPayload<C extends CommandName> = z.input<(typeof COMMANDS)[C]['payload']>;
/** What the server resolves with, defaults filled in. */
export type ParsedPayload<C extends CommandName> = z.output<(typeof COMMANDS)[C]['payload']>;
/** What an accepted command answers besides `ok: true`. */
export type CommandResult<C extends CommandName> = z.output<(typeof COMMANDS)[C]['result']>;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** One command's two schemas, typed by its name. */
export interface CommandSchemas<C extends CommandName> {
  payload: z.ZodType<ParsedPayload<C>, CommandPayload<C>>;
  result: z.ZodType<CommandResult<C>>;
}

/** The same table seen through a mapped type: code generic over the name reads its schemas without casts. */
export const COMMAND_SCHEMAS: { readonly [C in CommandName]: CommandSchemas<C> } = COMMANDS;
