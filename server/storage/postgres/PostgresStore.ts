/**
 * The networked store, chosen when DATABASE_URL is set: the same tables and the same rules as
 * SqliteStore. A method that SqliteStore runs as one transaction is one transaction (or one
 * statement) here too, and every write has committed when its promise resolves. Tables live in
 * the URL's `?schema=` (or the `schema` option), so several installations or test runs can
 * share one database.
 */
import type { Layer } from '../../../shared/dialogue.js';
import type { Pool } from 'pg';
import type { Accreditation, InvitationEdit, InvitationList } from '../../../shared/accreditation.js';
import type { AuditEntry, ControlRecord } from '../../../shared/events.js';
import type { Assessment, SubmissionKind } from '../../../shared/tracking.js';
import type { VoteResult } from '../../../shared/votes.js';
import { describeError, log } from '../../logger.js';
import { insertAssessment, selectAssessments, selectSubmission, upsertSubmission } from './postgresAssessments.js';
import { insertAudit } from './postgresAudit.js';
import { PostgresControl } from './postgresControl.js';
import { PostgresDocuments } from './postgresDocuments.js';
import { PostgresInvitations } from './postgresInvitations.js';
import { PostgresEntry } from './postgresEntry.js';
import { createPool, inTransaction, parseTarget, type PostgresOptions, type PostgresTarget, type Queryable, query } from './postgresConnection.js';
import { restoreWorkshop } from './postgresRestore.js';
import { migrate } from './postgresMigrations.js';
import { PostgresVotes } from './postgresVotes.js';
import type {
  AttendanceRecord,
  InvitationRecord,
  LastSeenRecord,
  BallotRecord,
  CastOutcome,
  OrganisationMerge,
  ParticipantRecord,
  ParticipantRemoval,
  RestoredWorkshop,
  SharedDocumentLog,
  Store,
  StoredDocument,
  StoredVote,
  TokenGrant,
  TokenRecord,
  WorkshopRecord,
} from '../Store.js';
import { type TokenRow, tokenRecordOf } from '../tokenRows.js';

const WORKSHOP_COLUMNS = `id, title, country, starts_on AS "startsOn", ends_on AS "endsOn", join_code AS "joinCode", created_at AS "createdAt"`;

export class PostgresStore implements Store, SharedDocumentLog {
  private readonly documents: PostgresDocuments;
  private readonly votes: PostgresVotes;
  private readonly control: PostgresControl;
  private readonly invitations: PostgresInvitations;
  private readonly entry: PostgresEntry;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly pool: Pool,
    /** The database and schema in use, without the password: safe to log. */
    readonly location: string,
  ) {
    this.documents = new PostgresDocuments(pool);
    this.votes = new PostgresVotes(pool);
    this.control = new PostgresControl(pool);
    this.invitations = new PostgresInvitations(pool);
    this.entry = new PostgresEntry(pool);
  }

  /** Connects (at most `poolSize` connections, default 10) and creates the tables if they are missing. */
  static async open(databaseUrl: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const target: PostgresTarget = parseTarget(databaseUrl, options);
    const pool = createPool(target, options.poolSize ?? 10);
    // An idle pooled connection that drops (a database restart) must not crash the process; the pool replaces it.
    pool.on('error', (error) => log.warn('storage.connection_lost', { error: describeError(error) }));
    try {
      await migrate(pool, target.schema);
    } catch (error) {
      await pool.end();
      throw new Error(`cannot open PostgreSQL at ${target.location}: ${describeError(error)}`, { cause: error });
    }
    return new PostgresStore(pool, target.location);
  }

  async createWorkshop(workshop: WorkshopRecord, tokens: TokenRecord[]): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await query(
        client,
        `INSERT INTO workshops (id, title, country, starts_on, ends_on, join_code, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [workshop.id, workshop.title, workshop.country, workshop.startsOn, workshop.endsOn, workshop.joinCode, workshop.createdAt],
      );
      for (const token of tokens) await this.insertToken(client, token);
    });
  }

  async findWorkshop(id: string): Promise<WorkshopRecord | null> {
    const { rows } = await query<WorkshopRecord>(this.pool, `SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const { rows } = await query<WorkshopRecord>(this.pool, `SELECT ${WORKSHOP_COLUMNS} FROM workshops WHERE join_code = $1`, [joinCode]);
    return rows[0] ?? null;
  }

  async addParticipant(participant: ParticipantRecord, token: TokenRecord, accreditation?: Accreditation): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await query(client, 'INSERT INTO participants (id, workshop_id, name, organisation, created_at, layer, layer_body) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        participant.id,
        participant.workshopId,
        participant.name,
        participant.organisation,
        participant.createdAt,
        participant.layer ?? 'cso',
        participant.body ?? null,
      ]);
      await this.insertToken(client, token);
      if (accreditation) await this.invitations.setAccreditation(participant.workshopId, accreditation, client);
    });
  }

  async findToken(hash: string): Promise<TokenGrant | null> {
    const { rows } = await query<TokenRow>(
      this.pool,
      `SELECT t.hash, t.workshop_id, t.role, t.participant_id,
              p.name, p.organisation, p.created_at AS participant_created_at, p.layer, p.layer_body,
              a.organisation_id, a.delegate_id, a.admission, a.admitted_at, o.name AS listed_organisation
       FROM tokens t LEFT JOIN participants p ON p.id = t.participant_id
       LEFT JOIN participant_accreditations a ON a.participant_id = t.participant_id
       LEFT JOIN listed_organisations o ON o.workshop_id = a.workshop_id AND o.id = a.organisation_id
       WHERE t.hash = $1`,
      [hash],
    );
    const row = rows[0];
    if (!row) return null;
    return tokenRecordOf(row);
  }

  async appendUpdates(documentName: string, updates: Uint8Array[]): Promise<number> {
    return this.documents.append(documentName, updates);
  }

  async loadDocument(documentName: string): Promise<StoredDocument> {
    return this.documents.load(documentName);
  }

  async documentHeads(documentNames: string[]): Promise<Map<string, number>> {
    return this.documents.heads(documentNames);
  }

  async loadDocumentAfter(documentName: string, after: number): Promise<StoredDocument> {
    return this.documents.load(documentName, after);
  }

  async compact(documentName: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    return this.documents.compact(documentName, snapshot, upToSeq);
  }

  async quarantineUpdate(documentName: string, seq: number, reason: string): Promise<void> {
    return this.documents.quarantine(documentName, seq, reason);
  }

  async loadControl(workshopId: string): Promise<ControlRecord | null> {
    const { rows } = await query<{ record: ControlRecord }>(this.pool, 'SELECT record FROM workshop_control WHERE workshop_id = $1', [workshopId]);
    return rows[0]?.record ?? null;
  }

  async saveControl(workshopId: string, record: ControlRecord, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    return inTransaction(this.pool, async (client) => {
      await query(
        client,
        `INSERT INTO workshop_control (workshop_id, record) VALUES ($1, $2)
         ON CONFLICT (workshop_id) DO UPDATE SET record = excluded.record, version = workshop_control.version + 1`,
        [workshopId, JSON.stringify(record)],
      );
      return insertAudit(client, workshopId, audit);
    });
  }

  sharedControl(): PostgresControl {
    return this.control;
  }

  async listAudit(workshopId: string, limit: number): Promise<AuditEntry[]> {
    const { rows } = await query<AuditEntry>(
      this.pool,
      `SELECT id, at, actor_role AS "actorRole", actor_name AS "actorName", command, detail
       FROM audit_log WHERE workshop_id = $1 ORDER BY id DESC LIMIT $2`,
      [workshopId, limit],
    );
    return rows;
  }

  async openVote(vote: StoredVote, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    return this.votes.openVote(vote, audit);
  }

  async castBallot(ballot: BallotRecord): Promise<CastOutcome> {
    return this.votes.castBallot(ballot);
  }

  async closeVote(voteId: string, closedAt: number): Promise<BallotRecord[] | null> {
    return this.votes.closeVote(voteId, closedAt);
  }

  async recordResult(voteId: string, result: VoteResult, audit: Omit<AuditEntry, 'id'>, forgetChoices: boolean): Promise<AuditEntry | null> {
    return this.votes.recordResult(voteId, result, audit, forgetChoices);
  }

  async listVotes(workshopId: string): Promise<StoredVote[]> {
    return this.votes.listVotes(workshopId);
  }

  async listBallots(voteId: string): Promise<BallotRecord[]> {
    return this.votes.listBallots(voteId);
  }

  async setParticipantLayer(workshopId: string, participantId: string, layer: Layer, body: string | null): Promise<boolean> {
    const { rowCount } = await query(this.pool, 'UPDATE participants SET layer = $1, layer_body = $2 WHERE id = $3 AND workshop_id = $4', [layer, body, participantId, workshopId]);
    return rowCount === 1;
  }

  async removeParticipant(workshopId: string, participantId: string, removedAt: number): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      const { rowCount } = await query(
        client,
        `INSERT INTO participant_removals (participant_id, workshop_id, removed_at)
         SELECT id, workshop_id, $1 FROM participants WHERE id = $2 AND workshop_id = $3
         ON CONFLICT (participant_id) DO NOTHING`,
        [removedAt, participantId, workshopId],
      );
      if (rowCount !== 1) return false;
      await query(client, 'DELETE FROM tokens WHERE participant_id = $1 AND workshop_id = $2', [participantId, workshopId]);
      return true;
    });
  }

  async listRemovals(workshopId: string): Promise<ParticipantRemoval[]> {
    const { rows } = await query<ParticipantRemoval>(
      this.pool,
      `SELECT participant_id AS "participantId", removed_at AS "removedAt" FROM participant_removals
       WHERE workshop_id = $1 ORDER BY removed_at, participant_id`,
      [workshopId],
    );
    return rows;
  }

  async loadInvitationList(workshopId: string): Promise<InvitationList> {
    return this.invitations.load(workshopId);
  }

  async editInvitationList(workshopId: string, edit: InvitationEdit): Promise<InvitationList> {
    return this.invitations.edit(workshopId, edit);
  }

  async mergeOrganisations(workshopId: string, fromId: string, intoId: string): Promise<OrganisationMerge | null> {
    return this.invitations.merge(workshopId, fromId, intoId);
  }

  async setAccreditation(workshopId: string, accreditation: Accreditation): Promise<boolean> {
    return this.invitations.setAccreditation(workshopId, accreditation);
  }

  async listAccreditations(workshopId: string): Promise<Accreditation[]> {
    return this.invitations.list(workshopId);
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const { rows } = await query<ParticipantRecord>(
      this.pool,
      `SELECT id, workshop_id AS "workshopId", name, organisation, created_at AS "createdAt", layer, layer_body AS body
       FROM participants WHERE workshop_id = $1 ORDER BY created_at, id`,
      [workshopId],
    );
    return rows;
  }

  /** One statement for the whole list; a (participant, session) pair already noted keeps its first time. */
  writeInvitations(workshopId: string, change: { issue: InvitationRecord[]; revoke: string[] }, audit: Omit<AuditEntry, 'id'>): Promise<AuditEntry> {
    return this.entry.writeInvitations(workshopId, change, audit);
  }

  findInvitation(hash: string): Promise<InvitationRecord | null> {
    return this.entry.findInvitation(hash);
  }

  listInvitations(workshopId: string): Promise<InvitationRecord[]> {
    return this.entry.listInvitations(workshopId);
  }

  async addToken(token: TokenRecord): Promise<void> {
    await this.insertToken(this.pool, token);
  }

  countTokens(workshopId: string, participantId: string): Promise<number> {
    return this.entry.countTokens(workshopId, participantId);
  }

  recordLastSeen(workshopId: string, participantIds: string[], at: number): Promise<void> {
    return this.entry.recordLastSeen(workshopId, participantIds, at);
  }

  listLastSeen(workshopId: string): Promise<LastSeenRecord[]> {
    return this.entry.listLastSeen(workshopId);
  }

  async recordAttendance(workshopId: string, sessionId: string, participantIds: string[], at: number): Promise<void> {
    if (participantIds.length === 0) return;
    await query(
      this.pool,
      `INSERT INTO attendance (workshop_id, participant_id, session_id, first_seen_at)
       SELECT $1, participant_id, $3, $4 FROM unnest($2::text[]) AS participant_id
       ON CONFLICT DO NOTHING`,
      [workshopId, participantIds, sessionId, at],
    );
  }

  async listAttendance(workshopId: string): Promise<AttendanceRecord[]> {
    const { rows } = await query<AttendanceRecord>(
      this.pool,
      `SELECT participant_id AS "participantId", session_id AS "sessionId", first_seen_at AS "firstSeenAt"
       FROM attendance WHERE workshop_id = $1 ORDER BY first_seen_at, participant_id, session_id`,
      [workshopId],
    );
    return rows;
  }

  async restoreWorkshop(restored: RestoredWorkshop): Promise<void> {
    await restoreWorkshop(this.pool, restored);
  }

  async addAssessment(assessment: Assessment): Promise<void> {
    await insertAssessment(this.pool, assessment);
  }

  async listAssessments(workshopId: string): Promise<Assessment[]> {
    return selectAssessments(this.pool, workshopId);
  }

  async loadSubmissionKind(workshopId: string): Promise<SubmissionKind> {
    return selectSubmission(this.pool, workshopId);
  }

  async setSubmissionKind(workshopId: string, submission: SubmissionKind): Promise<boolean> {
    return upsertSubmission(this.pool, workshopId, submission);
  }

  /** One round trip on a pooled connection; the caller bounds how long it may wait. */
  async ping(): Promise<void> {
    await query(this.pool, 'SELECT 1');
  }

  /** Ends the pool once, however many times it is called. */
  async close(): Promise<void> {
    this.closing ??= this.pool.end();
    await this.closing;
  }

  private async insertToken(client: Queryable, token: TokenRecord): Promise<void> {
    await query(client, 'INSERT INTO tokens (hash, workshop_id, role, participant_id) VALUES ($1, $2, $3, $4)', [
      token.hash,
      token.workshopId,
      token.role,
      token.participantId,
    ]);
  }
}
