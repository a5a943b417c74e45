/**
 * What the server keeps. Two implementations share this interface and one test suite:
 * SQLite (embedded, the default) and, later, PostgreSQL. Methods are async so that a
 * networked database fits; every write that returns has been committed.
 */
import type { AuditEntry, ControlRecord } from '../../shared/events.js';
import type { Role } from '../../shared/roles.js';

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
}

/** A document as stored: the latest snapshot and the updates after it, in order. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of the last update included (in the snapshot or the list); 0 when empty. */
  lastSeq: number;
}

export interface Store {
  createWorkshop(workshop: WorkshopRecord, tokens: TokenRecord[]): Promise<void>;
  findWorkshop(id: string): Promise<WorkshopRecord | null>;
  findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null>;
  addParticipant(participant: ParticipantRecord, token: TokenRecord): Promise<void>;
  findToken(hash: string): Promise<TokenGrant | null>;

  /** Appends updates in one transaction and returns the sequence number of the last one. */
  appendUpdates(documentName: string, updates: Uint8Array[]): Promise<number>;
  loadDocument(documentName: string): Promise<StoredDocument>;
  /**
   * Replaces every update up to `upToSeq` by `snapshot`, in one transaction. The snapshot is
   * read back and compared before anything is deleted.
   */
  compact(documentName: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;

  loadControl(workshopId: string): Promise<ControlRecord | null>;
  /** Saves the control state and its audit entry in one transaction: no change without its record. */
  saveControl(workshopId: string, record: ControlRecord, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry>;
  /** The newest audit entries first. */
  listAudit(workshopId: string, limit: number): Promise<AuditEntry[]>;

  close(): Promise<void>;
}
