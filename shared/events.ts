/**
 * The Socket.io control channel: the state the server emits and the commands it accepts.
 * Bump PROTOCOL_VERSION when a payload changes shape.
 */
import type { Agenda, Stage } from './agenda.js';
import type { AmendmentsRecord } from './amendments.js';
import type { CommandName } from './control.js';
import type { Ack } from './errors.js';
import type { Role } from './roles.js';
import type { Section } from './sections.js';
import type { BallotNotice, VoteResult, VoteSummary } from './votes.js';

export const PROTOCOL_VERSION = 3;

/** One person (or screen) present in the workshop, merged over their open connections. */
export interface PresenceEntry {
  id: string;
  name: string;
  organisation: string | null;
  role: Role;
  connections: number;
}

/** A countdown whose end is the server's clock: running when `endsAt` is set, paused otherwise. */
export interface TimerState {
  durationMs: number;
  /** Server epoch milliseconds at which the countdown reaches zero; null when paused or reset. */
  endsAt: number | null;
  /** What is left while paused (equals durationMs after a reset). */
  remainingMs: number;
}

export interface RaisedHand {
  participantId: string;
  name: string;
  organisation: string | null;
  raisedAt: number;
}

export interface Spotlight {
  section: Section;
  itemId: string;
}

/** An organisation that signed the adopted charter, and the delegate who signed for it. */
export interface Signatory {
  organisation: string;
  name: string;
  participantId: string;
  signedAt: number;
}

/** The adopted charter as the record keeps it: the exact text, its hash, and the vote that adopted it. */
export interface AdoptedCharter {
  text: string;
  /** SHA-256 hex of the UTF-8 bytes of `text`. */
  hash: string;
  voteId: string;
  result: VoteResult;
  adoptedAt: number;
}

/** The outcome charter's standing: frozen while put to the vote and for good once adopted. */
export interface CharterRecord {
  /** While true the Yjs endpoint drops every update to the `charter` section, the facilitator's too. */
  frozen: boolean;
  /** The adoption vote while it is open. */
  adoptionVoteId: string | null;
  adopted: AdoptedCharter | null;
  signatories: Signatory[];
}

/** What the server keeps per workshop (stored); the emitted state adds presence and the clock. */
export interface ControlRecord {
  agenda: Agenda;
  currentSessionId: string | null;
  timer: TimerState;
  locks: Record<Section, boolean>;
  spotlight: Spotlight | null;
  hands: RaisedHand[];
  /** Organisations the organiser marked as returning coalition members; the others are first-timers. */
  returningOrganisations: string[];
  charter: CharterRecord;
  /** Charter amendments: the mode and every amendment proposed (`shared/amendments.ts`). */
  amendments: AmendmentsRecord;
}

/** The server's view of the room, emitted as `state` on connect and after every change. */
export interface WorkshopState extends ControlRecord {
  protocolVersion: number;
  workshopId: string;
  /** The server's clock when the state was sent, so clients can correct for their own. */
  serverTime: number;
  /** The current session's stage, or null before the facilitator starts the agenda. */
  stage: Stage | null;
  presence: PresenceEntry[];
  /** Every vote of the workshop, oldest first; a secret vote shows counts and turnout, never a choice. */
  votes: VoteSummary[];
}

/** One accepted command, as kept in the audit log. */
export interface AuditEntry {
  id: number;
  at: number;
  actorRole: Role;
  actorName: string;
  command: CommandName;
  detail: Record<string, unknown>;
}

export interface ServerToClientEvents {
  state: (state: WorkshopState) => void;
  /** Sent to facilitators only, for each accepted command. */
  audit: (entry: AuditEntry) => void;
  /** Sent only to the voter's sockets (under an organisation franchise, to all its delegates') when a ballot counts, and on reconnect. */
  'vote:ballot': (notice: BallotNotice) => void;
}

type CommandHandler = (payload: unknown, ack: (answer: Ack<Record<string, unknown>>) => void) => void;

export type ClientToServerEvents = {
  'state:get': (ack: (answer: Ack<{ state: WorkshopState }>) => void) => void;
} & Record<CommandName, CommandHandler>;
