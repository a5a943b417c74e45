/**
 * The Socket.io control channel: the state the server emits and the commands it accepts.
 * Bump PROTOCOL_VERSION when a payload changes shape. After the first full `state`, changes
 * arrive as versioned `state:delta` events (`shared/stateDelta.ts`).
 */
import type { InvitationList } from './accreditation.js';
import type { Agenda, Stage } from './agenda.js';
import type { AmendmentsRecord } from './amendments.js';
import type { CommandName, CommandPayload, CommandResult } from './control.js';
import type { EntryMode } from './entryMode.js';
import type { DialogueRecord, Layer } from './dialogue.js';
import type { Ack } from './errors.js';
import type { Priority } from './priorities.js';
import type { WorkshopLanguage } from './workshopLanguage.js';
import type { Role } from './roles.js';
import type { Section } from './sections.js';
import type { StateDelta } from './stateDelta.js';
import type { BallotNotice, VoteResult, VoteSummary } from './votes.js';

export const PROTOCOL_VERSION = 7;

/** One person (or screen) present in the workshop, merged over their open connections. */
export interface PresenceEntry {
  id: string;
  name: string;
  organisation: string | null;
  role: Role;
  connections: number;
  /** A dialogue-day participant who is not a CSO delegate: their layer, and their ministry or agency. */
  layer?: Layer;
  body?: string | null;
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

/** A raised hand as `state` shows it: with its place (1-based) in the whole queue. */
export interface QueuedHand extends RaisedHand {
  place: number;
}

/** How many are present: participants, and the distinct organisations among them. */
export interface Headcount {
  participants: number;
  organisations: number;
}

/** A newcomer on the waiting list, as the facilitator sees them. */
export interface WaitingEntry {
  participantId: string;
  name: string;
  /** The organisation as they typed it. */
  organisation: string;
  joinedAt: number;
  /** The listed organisation whose canonical name or alias they typed, if any: admitting matches them to it. */
  suggestedOrganisationId: string | null;
}

/** The invitation list's part of the state: every role counts who waits; only those who run the room see names and the list. */
export interface AccreditationView {
  /** True once the list names an organisation (`shared/accreditation.ts`). */
  inForce: boolean;
  waitingCount: number;
  /** Facilitators and organisers only; empty for the others. */
  waiting: WaitingEntry[];
  /** Facilitators and organisers only; null for the others. */
  list: InvitationList | null;
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

/** What the facilitator decides about the room's screen (`shared/projectorScreen.ts` reads it). */
export interface ProjectorRecord {
  /**
   * The latest closed vote's result is on the screen when it closed after this server time: a
   * new session and "hide" move it to now, "show" back to 0.
   */
  resultsFrom: number;
  /** The join address, code and QR large on the screen (they are compact once the agenda runs). */
  joinCodeLarge: boolean;
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
  /**
   * The room's priority per recommendation key, decided by the facilitator (by hand or from a
   * closed dot vote). Server-authoritative: the recommendations document, which every
   * participant may write, holds no priority.
   */
  priorities: Record<string, Priority>;
  /** What the texts Convene writes for the room are written in (`shared/workshopLanguage.ts`). */
  language: WorkshopLanguage;
  /** The room's screen: which result it shows and how large the join code is. */
  projector: ProjectorRecord;
  /** Whether the join code lets anyone in (`open`) or only personal invitation links do (`invited`). */
  entryMode: EntryMode;
  /** A dialogue day's origin and joint commitments (`shared/dialogue.ts`); null on an ordinary workshop. */
  dialogue: DialogueRecord | null;
}

/**
 * The server's view of the room as one role may see it: the full `state` on connect and on
 * `state:get`, then kept current by `state:delta`. What a role may not see is never sent to it:
 * - facilitator (and organiser): `presence` is the whole roster, `hands` the whole queue;
 * - participant: `presence` holds only their own organisation's delegates (only themselves
 *   without an organisation), `hands` only that organisation's raised hands, each with its
 *   place in the whole queue;
 * - projector: `presence` is empty (it shows `headcount`), `hands` the whole queue (the room's
 *   screen shows who has the floor next).
 */
export interface WorkshopState extends Omit<ControlRecord, 'hands'> {
  protocolVersion: number;
  workshopId: string;
  /** This socket's state version: a `state:delta` applies only to the version it names as `from`. */
  version: number;
  /** The server's clock when the state (or a delta changing the timer) was sent, so clients can correct for their own. */
  serverTime: number;
  /** The current session's stage, or null before the facilitator starts the agenda. */
  stage: Stage | null;
  /** Who is present, as this role may see it (above), sorted by organisation, name, id. */
  presence: PresenceEntry[];
  /** Participants present and their organisations (accredited ones only, while the list is in force): what every role may count. */
  headcount: Headcount;
  /** The invitation list and the waiting list, as this role may see them. */
  accreditation: AccreditationView;
  /** Raised hands in order, as this role may see them (above). */
  hands: QueuedHand[];
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
  /** The whole state for this role: on connect (and after a reconnect). */
  state: (state: WorkshopState) => void;
  /** What changed since version `from`; a client at another version asks `state:get` instead. */
  'state:delta': (delta: StateDelta) => void;
  /** Sent to facilitators only, for each accepted command. */
  audit: (entry: AuditEntry) => void;
  /** Sent only to the voter's sockets (under an organisation franchise, to all its delegates') when a ballot counts, and on reconnect. */
  'vote:ballot': (notice: BallotNotice) => void;
  /** Sent to a participant's sockets just before the server closes them: the facilitator removed them. */
  'session:removed': () => void;
  /**
   * Sent to a participant's sockets just before the server closes them because their standing
   * changed (admitted from the waiting list, matched, their organisation merged) or the
   * facilitator corrected their layer: the page asks who it is again and reconnects.
   */
  'session:changed': () => void;
}

/** A command as the client sends it: its payload, and an acknowledgement carrying its result. */
type CommandEvent<C extends CommandName> = (payload: CommandPayload<C>, ack: (answer: Ack<CommandResult<C>>) => void) => void;

/** The answer to `state:get`; named, since socket.io's types lose it behind `timeout()` (they give `any`). */
export type StateAnswer = Ack<{ state: WorkshopState }>;

export type ClientToServerEvents = {
  /** The whole state for the caller's role, at a new version: the way back after a missed delta. */
  'state:get': (ack: (answer: StateAnswer) => void) => void;
} & { [C in CommandName]: CommandEvent<C> };
