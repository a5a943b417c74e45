/**
 * The control channel's commands: name → payload schema and the permission it needs. The
 * server validates with these schemas and authorises with this table; the client reads them
 * to show only what a role may do.
 */
import { z } from 'zod';
import { sessionFields } from './agenda.js';
import { amendmentModePayload, proposeAmendmentPayload, putAmendmentToVotePayload, withdrawAmendmentPayload } from './amendments.js';
import type { Permission } from './roles.js';
import { SECTIONS } from './sections.js';
import { castVotePayload, closeVotePayload, openVotePayload } from './votes.js';

const id = z.string().min(1).max(64);
const empty = z.object({}).strict().optional().default({});

export const COMMANDS = {
  'stage:go': { permission: 'runAgenda', payload: z.object({ sessionId: id }) },
  'timer:start': { permission: 'runAgenda', payload: z.object({ seconds: z.number().int().min(1).max(24 * 3600) }) },
  'timer:pause': { permission: 'runAgenda', payload: empty },
  'timer:resume': { permission: 'runAgenda', payload: empty },
  'timer:reset': { permission: 'runAgenda', payload: empty },
  'section:lock': { permission: 'runAgenda', payload: z.object({ section: z.enum(SECTIONS), locked: z.boolean() }) },
  spotlight: { permission: 'runAgenda', payload: z.object({ section: z.enum(SECTIONS), itemId: id }) },
  'spotlight:clear': { permission: 'runAgenda', payload: empty },
  'hand:raise': { permission: 'raiseHand', payload: empty },
  /** A participant lowers their own hand; the facilitator may lower anyone's by `participantId`. */
  'hand:lower': { permission: ['raiseHand', 'runAgenda'], payload: z.object({ participantId: id.optional() }).optional().default({}) },
  'agenda:add-session': {
    permission: 'runAgenda',
    payload: z.object({ dayId: id, index: z.number().int().min(0).optional(), session: sessionFields }),
  },
  'agenda:update-session': {
    permission: 'runAgenda',
    payload: z.object({ sessionId: id, changes: sessionFields.partial() }),
  },
  'agenda:remove-session': { permission: 'runAgenda', payload: z.object({ sessionId: id }) },
  'agenda:move-session': {
    permission: 'runAgenda',
    payload: z.object({ sessionId: id, dayId: id, index: z.number().int().min(0) }),
  },
  'roster:mark-returning': {
    permission: 'runAgenda',
    payload: z.object({ organisation: z.string().trim().min(1).max(120), returning: z.boolean() }),
  },
  /** Opens a vote (`adopt: 'charter'` freezes the charter and puts its hash in the vote) → `{ voteId }`. */
  'vote:open': { permission: 'runAgenda', payload: openVotePayload },
  /** Casts or replaces the caller's ballot (their organisation's, under an organisation franchise) → `{ ballot }`. */
  'vote:cast': { permission: 'vote', payload: castVotePayload },
  /** Closes a vote and counts it → `{ result }`. */
  'vote:close': { permission: 'runAgenda', payload: closeVotePayload },
  /** Lets the room draft again after a failed adoption vote; an adopted charter stays frozen. */
  'charter:unfreeze': { permission: 'runAgenda', payload: empty },
  /** Adds the caller's organisation to the adopted charter's signatories, once. */
  'charter:sign': { permission: 'signCharter', payload: empty },
  /** Amendment mode: participants' direct charter edits are refused; they propose amendments instead. */
  'charter:amendment-mode': { permission: 'runAgenda', payload: amendmentModePayload },
  /** Proposes a replacement for one charter paragraph, with a reason → `{ amendmentId }`. */
  'amendment:propose': { permission: 'amend', payload: proposeAmendmentPayload },
  /** The author takes back an amendment not yet put to the vote. */
  'amendment:withdraw': { permission: 'amend', payload: withdrawAmendmentPayload },
  /** Opens a yes/no vote on an amendment → `{ voteId }`; when it passes, the server applies it. */
  'amendment:put-to-vote': { permission: 'runAgenda', payload: putAmendmentToVotePayload },
  'audit:list': { permission: 'runAgenda', payload: z.object({ limit: z.number().int().min(1).max(500).default(100) }).optional().default({ limit: 100 }) },
} as const satisfies Record<string, { permission: Permission | readonly Permission[]; payload: z.ZodType }>;

export type CommandName = keyof typeof COMMANDS;
export type CommandPayload<C extends CommandName> = z.input<(typeof COMMANDS)[C]['payload']>;
export type ParsedPayload<C extends CommandName> = z.output<(typeof COMMANDS)[C]['payload']>;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

/** True when the role holds the command's permission (or one of them). */
export function mayRun(command: CommandName, holds: (permission: Permission) => boolean): boolean {
  const needed: Permission | readonly Permission[] = COMMANDS[command].permission;
  return typeof needed === 'string' ? holds(needed) : needed.some(holds);
}
