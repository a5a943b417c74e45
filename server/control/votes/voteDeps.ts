/** What the vote commands need from the server, and the one way they write audit entries. */
import type { Identity } from '../../../shared/api.js';
import type { CommandName } from '../../../shared/control.js';
import type { AuditEntry } from '../../../shared/events.js';
import type { BallotNotice, Franchise } from '../../../shared/votes.js';
import type { RoomRegistry } from '../../collaboration/RoomRegistry.js';
import type { Store } from '../../storage/Store.js';
import type { PresentVoters } from '../../votes/summary.js';
import type { VoteBoard } from '../../votes/VoteBoard.js';
import type { Accreditations } from '../Accreditations.js';
import type { ControlStates } from '../ControlStates.js';

/** The vote commands: their audit entries are written by `auditEntry` alone, field by field, so a ballot's choice never lands there. */
export type VoteCommandName = Extract<CommandName, `vote:${string}`>;

/** Where a ballot notice goes: the voter's sockets, or every delegate of their organisation. */
export interface BallotRecipients {
  franchise: Franchise;
  participantId: string;
  organisation: string | null;
}

export interface VoteDeps {
  store: Store;
  controls: ControlStates;
  board: VoteBoard;
  rooms: RoomRegistry;
  /** The invitation list and each participant's standing on it. */
  accreditations: Accreditations;
  /** After participants' standing changed and was stored: their open sockets reconnect as who they are now. */
  standingsChanged: (workshopId: string, participantIds: string[]) => void;
  /** Voters present now, for turnout at close. */
  present: (workshopId: string) => PresentVoters;
  /** After an accepted change is stored: broadcast state, tell facilitators. */
  changed: (workshopId: string, entry: AuditEntry) => void;
  /** After a ballot counts: tell the voter (or their organisation's delegates) that it does. */
  ballotCounted: (workshopId: string, notice: BallotNotice, to: BallotRecipients) => void;
}

/** An audit entry with exactly the detail given: callers never pass a ballot's choice. */
export function auditEntry(identity: Identity, command: VoteCommandName, at: number, detail: Record<string, unknown>): Omit<AuditEntry, 'id'> {
  return { at, actorRole: identity.role, actorName: identity.name, command, detail };
}
