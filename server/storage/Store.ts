/**
 * What the server keeps. Two implementations share this interface and one test suite:
 * SQLite (embedded, the default) and PostgreSQL (when DATABASE_URL is set). Methods are async so that a
 * networked database fits; every write that returns has been committed.
 */
import type { Accreditation, InvitationEdit, InvitationList } from '../../shared/accreditation.js';
import type { AuditEntry, ControlRecord } from '../../shared/events.js';
import type { Layer } from '../../shared/dialogue.js';
import type { Role } from '../../shared/roles.js';
import type { Assessment, SubmissionKind } from '../../shared/tracking.js';
import type { BallotChoice, VoteResult, VoteSpec } from '../../shared/votes.js';

export interface WorkshopRecord {
  id: string;
  title: string;
  country: string | null;
  startsOn: string | null;
  endsOn: string | null;
  joinCode: string;
  createdAt: number;
}

export interface ParticipantRecord {
  id: string;
  workshopId: string;
  name: string;
  organisation: string;
  createdAt: number;
  /** Their stakeholder layer (`shared/dialogue.ts`); stored as `cso` when absent. */
  layer?: Layer;
  /** The ministry, agency or UN agency a Government or UN participant comes from. */
  body?: string | null;
}

/** A participant the facilitator removed from the workshop. */
export interface ParticipantRemoval {
  participantId: string;
  removedAt: number;
}

/** A token as stored: its hash, never the token itself. */
export interface TokenRecord {
  hash: string;
  workshopId: string;
  role: Role;
  participantId: string | null;
}

/** A token resolved to the identity it grants. */
export interface TokenGrant extends TokenRecord {
  participant: ParticipantRecord | null;
  /** The participant's standing on the invitation list; null when they have none (admitted by the join, unlisted). */
  accreditation: Accreditation | null;
  /** The canonical name of the listed organisation they were matched to, if any. */
  listedOrganisation: string | null;
}

/** What a merge of two listed organisations moved. */
export interface OrganisationMerge {
  /** The list after the merge. */
  list: InvitationList;
  /** Participants whose organisation changed. */
  participantIds: string[];
  /** Open votes' ballots of the merged organisation dropped because the surviving one had already voted. */
  droppedBallots: number;
}

/** One stored Yjs update and its place in the document's log. */
export interface StoredUpdate {
  seq: number;
  data: Uint8Array;
}

/** A document as stored: the latest snapshot and the updates after it, in order. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: StoredUpdate[];
  /** Sequence number of the last update included (in the snapshot or the list); 0 when empty. */
  lastSeq: number;
}

/**
 * What instances sharing one PostgreSQL schema read besides the Store: each document's head
 * (its last sequence number; numbers follow one another without gaps per document), and what
 * follows a position, to fill a gap the fan-out left.
 */
export interface SharedDocumentLog {
  documentHeads(documentNames: string[]): Promise<Map<string, number>>;
  /** What a document holding every update up to `after` lacks: the updates after it, or the snapshot that covers some and those after it. */
  loadDocumentAfter(documentName: string, after: number): Promise<StoredDocument>;
}

export function isSharedDocumentLog(store: object): store is SharedDocumentLog {
  return 'documentHeads' in store && 'loadDocumentAfter' in store;
}

/** A vote as stored: what was opened, and its result once closed. */
export interface StoredVote {
  id: string;
  workshopId: string;
  spec: VoteSpec;
  /** Adoption votes: the charter's canonical text and its SHA-256 hex when the vote opened. */
  charter: { text: string; hash: string } | null;
  openedAt: number;
  closedAt: number | null;
  result: VoteResult | null;
}

/** One voter's ballot: one row per vote and voter, replaced by a later cast while the vote is open. */
export interface BallotRecord {
  voteId: string;
  /** The participant's id, or the organisation's key under an organisation franchise. */
  voterKey: string;
  /** Who cast it (under an organisation franchise, the delegate who voted first). */
  participantId: string;
  name: string;
  organisation: string | null;
  requestId: string;
  /** Null once a secret vote is closed and counted: its choices are then forgotten. */
  choice: BallotChoice | null;
  castAt: number;
}

/**
 * What a cast did: counted for the first time, replaced the voter's earlier ballot, repeated
 * the request that already counts, or was refused because the vote is closed (or unknown) or
 * another delegate already voted for the organisation.
 */
export type CastOutcome = 'cast' | 'replaced' | 'repeated' | 'closed' | 'taken';

/** A participant seen connected while an agenda session was current (first time only). */
export interface AttendanceRecord {
  participantId: string;
  sessionId: string;
  firstSeenAt: number;
}

/** A delegate's personal invitation link as stored: the hash of its secret, never the secret. */
export interface InvitationRecord {
  workshopId: string;
  /** The listed delegate it admits (`shared/accreditation.ts`); one link per delegate. */
  delegateId: string;
  hash: string;
  issuedAt: number;
}

/** When a participant was last seen connected (any device, any channel of the control). */
export interface LastSeenRecord {
  participantId: string;
  lastSeenAt: number;
}

/** Everything a restored workshop starts with, stored in one transaction: all of it or nothing. */
export interface RestoredWorkshop {
  workshop: WorkshopRecord;
  tokens: TokenRecord[];
  /** The archive's participants under new ids; they hold no token and join again to take part. */
  participants: ParticipantRecord[];
  attendance: AttendanceRecord[];
  /** When each participant was last seen connected, as the archive says. */
  lastSeen: LastSeenRecord[];
  control: ControlRecord;
  votes: StoredVote[];
  /** Implementation assessments in their stored order, under the new workshop's id. */
  assessments: Assessment[];
  /** The invitation list with its ids and version (ids are keys within a workshop); version 0 and empty for none. */
  invitations: InvitationList;
  /** The participants' standing on it, under their new ids. */
  accreditations: Accreditation[];
  /** The mid-term report's joint or single submission. */
  submission: SubmissionKind;
  /** Each section's Yjs state, stored as the document's first update. */
  documents: { name: string; state: Uint8Array }[];
}

/** A control record as stored, and its version: the number of changes stored since it was created. */
export interface VersionedControl {
  record: ControlRecord;
  version: number;
}

/** What an edit of the stored control record gives back: the new record, its audit line and the command's answer. */
export interface ControlEdit<T> {
  record: ControlRecord;
  audit: Omit<AuditEntry, 'id'>;
  result: T;
}

/** A stored change: the record at its new version, its audit entry and the command's answer. */
export interface ControlChanged<T> extends VersionedControl {
  entry: AuditEntry;
  result: T;
}

/**
 * The control record of instances that share one store (PostgreSQL with Redis). Each instance's
 * copy may be behind, so a change edits what is stored, under the record's row lock: two
 * facilitators on two instances take turns and neither overwrites the other.
 */
export interface SharedControlStore {
  loadControl(workshopId: string): Promise<VersionedControl | null>;
  /**
   * Stores `initial` at version 0 unless a record is stored, and returns the stored one: every
   * instance then starts from the same record (a new workshop's agenda has fresh ids).
   */
  createControl(workshopId: string, initial: ControlRecord): Promise<VersionedControl>;
  /**
   * In one transaction: locks the record, reads it (null when none is stored), stores what
   * `edit` makes of it at the next version with its audit entry. A throwing edit stores nothing.
   */
  changeControl<T>(workshopId: string, edit: (stored: ControlRecord | null) => ControlEdit<T>): Promise<ControlChanged<T>>;
  /** The stored versions of these workshops' records in one query; a workshop without a record is left out. */
  controlVersions(workshopIds: string[]): Promise<Map<string, number>>;
}

export interface Store {
  createWorkshop(workshop: WorkshopRecord, tokens: TokenRecord[]): Promise<void>;
  findWorkshop(id: string): Promise<WorkshopRecord | null>;
  findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null>;
  /** Adds a participant and their token, and their standing on the invitation list when one is given, in one transaction. */
  addParticipant(participant: ParticipantRecord, token: TokenRecord, accreditation?: Accreditation): Promise<void>;
  findToken(hash: string): Promise<TokenGrant | null>;
  /**
   * Removes a participant from a workshop in one transaction: every token of theirs is deleted,
   * so it stops working on every channel, and the removal is kept; what they wrote stays. False
   * when they are not in the workshop or were removed already.
   */
  removeParticipant(workshopId: string, participantId: string, removedAt: number): Promise<boolean>;
  /** The workshop's removed participants, in the order they were removed. */
  listRemovals(workshopId: string): Promise<ParticipantRemoval[]>;
  /** Corrects a participant's stakeholder layer; false when they are not in the workshop. */
  setParticipantLayer(workshopId: string, participantId: string, layer: Layer, body: string | null): Promise<boolean>;

  /** Appends updates in one transaction and returns the sequence number of the last one. */
  appendUpdates(documentName: string, updates: Uint8Array[]): Promise<number>;
  loadDocument(documentName: string): Promise<StoredDocument>;
  /**
   * Replaces every update up to `upToSeq` by `snapshot`, in one transaction. Refused, keeping
   * every update, unless the snapshot decodes and its state vector covers what it replaces.
   */
  compact(documentName: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  /**
   * Moves one stored update that Yjs cannot apply out of the document's log into the
   * quarantine, with the reason, in one transaction; an update already moved is left as it is.
   */
  quarantineUpdate(documentName: string, seq: number, reason: string): Promise<void>;

  loadControl(workshopId: string): Promise<ControlRecord | null>;
  /** Saves the control state and its audit entry in one transaction: no change without its record. */
  saveControl(workshopId: string, record: ControlRecord, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry>;
  /** The control record for instances sharing the store (PostgreSQL); null where one process owns it (SQLite). */
  sharedControl(): SharedControlStore | null;
  /** The newest audit entries first. */
  listAudit(workshopId: string, limit: number): Promise<AuditEntry[]>;

  /** Stores a new open vote and its audit entry in one transaction. */
  openVote(vote: StoredVote, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry>;
  /**
   * Casts a ballot as ONE atomic conditional write: insert or replace the row of (vote, voter),
   * only while the vote is open, only by the delegate who holds it, and not again for a
   * request id that already counts.
   */
  castBallot(ballot: BallotRecord): Promise<CastOutcome>;
  /** Closes an open vote and returns its ballots as they were at that moment; null when it was not open. */
  closeVote(voteId: string, closedAt: number): Promise<BallotRecord[] | null>;
  /**
   * Keeps a closed vote's result with its audit entry; `forgetChoices` blanks its ballots' choices
   * (secret votes). Only the first result counts: null, and nothing written, when the vote already
   * has one (two instances counting one close).
   */
  recordResult(voteId: string, result: VoteResult, audit: Omit<AuditEntry, 'id'>, forgetChoices: boolean): Promise<AuditEntry | null>;
  /** A workshop's votes, oldest first. */
  listVotes(workshopId: string): Promise<StoredVote[]>;
  listBallots(voteId: string): Promise<BallotRecord[]>;

  /** The workshop's invitation list, organisations and delegates sorted by name; version 0 and empty when never edited. */
  loadInvitationList(workshopId: string): Promise<InvitationList>;
  /**
   * Applies one edit in one transaction and bumps the list's version: upserts, then removals
   * (an organisation's delegates go with it; participants matched to what is removed keep their
   * admission and lose the match). A delegate saved as ballot holder takes the flag from the
   * organisation's others. Resolves to the list after the edit.
   */
  editInvitationList(workshopId: string, edit: InvitationEdit): Promise<InvitationList>;
  /**
   * Merges `fromId` into `intoId` in one transaction: its name and aliases become aliases, its
   * delegates and participants move, its ballots in open votes become the surviving
   * organisation's (when both voted, the earlier ballot stays: its first delegate to vote), and
   * it is removed. Null when either is not on the workshop's list or they are the same.
   */
  mergeOrganisations(workshopId: string, fromId: string, intoId: string): Promise<OrganisationMerge | null>;
  /** Sets a participant's standing (upsert); false when the participant is not in the workshop. */
  setAccreditation(workshopId: string, accreditation: Accreditation): Promise<boolean>;
  /** Every participant's standing that has one, in the order they joined. */
  listAccreditations(workshopId: string): Promise<Accreditation[]>;

  /** A workshop's participants, in the order they joined. */
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;
  /** Notes that these participants are present in this session; a pair already noted keeps its first time. */
  recordAttendance(workshopId: string, sessionId: string, participantIds: string[], at: number): Promise<void>;
  listAttendance(workshopId: string): Promise<AttendanceRecord[]>;
  /** Creates a workshop from an archive in ONE transaction: a failure leaves nothing behind. */
  restoreWorkshop(restored: RestoredWorkshop): Promise<void>;

  /** Appends one implementation assessment; assessments are never edited or removed. */
  addAssessment(assessment: Assessment): Promise<void>;
  /** A workshop's assessments in the order they were stored. */
  listAssessments(workshopId: string): Promise<Assessment[]>;
  /** The workshop's mid-term report submission kind; joint when never chosen. */
  loadSubmissionKind(workshopId: string): Promise<SubmissionKind>;
  /** Chooses the workshop's submission kind (upsert); false when there is no such workshop. */
  setSubmissionKind(workshopId: string, submission: SubmissionKind): Promise<boolean>;

  /**
   * Personal invitations, in one transaction with their audit entry: the links of `revoke`'s
   * delegates are forgotten, then `issue`'s stored, each replacing its delegate's earlier link.
   */
  writeInvitations(workshopId: string, change: { issue: InvitationRecord[]; revoke: string[] }, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry>;
  findInvitation(hash: string): Promise<InvitationRecord | null>;
  /** The workshop's links, by delegate id. */
  listInvitations(workshopId: string): Promise<InvitationRecord[]>;
  /** One more device's token for a participant already in the workshop (a delegate's phone beside their laptop). */
  addToken(token: TokenRecord): Promise<void>;
  /** How many tokens (devices) a participant of the workshop holds. */
  countTokens(workshopId: string, participantId: string): Promise<number>;
  /** Notes that these participants were seen connected at `at`; an earlier time never replaces a later one. */
  recordLastSeen(workshopId: string, participantIds: string[], at: number): Promise<void>;
  listLastSeen(workshopId: string): Promise<LastSeenRecord[]>;

  close(): Promise<void>;

  /** Asks the database a trivial question (the health check): resolves when it answers, rejects when it fails. */
  ping(): Promise<void>;
}
