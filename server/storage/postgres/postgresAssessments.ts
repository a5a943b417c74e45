/** Implementation assessments in PostgreSQL: an append-only history, read in the order stored. */
import type { Pool } from 'pg';
import { type Assessment, type SubmissionKind, submissionKind } from '../../../shared/tracking.js';
import { assessmentFromRow, type AssessmentRow } from '../assessmentRow.js';
import { type Queryable, query } from './postgresConnection.js';

export async function insertAssessment(client: Queryable, a: Assessment): Promise<void> {
  await query(
    client,
    `INSERT INTO assessments (id, workshop_id, target_kind, target_id, rating, evidence, source, next_cycle, assessed_on,
       author_participant_id, author_name, author_organisation, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [a.id, a.workshopId, a.target.kind, a.target.id, a.rating, a.evidence, a.source, a.nextCycle, a.assessedOn,
      a.authorParticipantId, a.authorName, a.authorOrganisation, a.recordedAt],
  );
}

export async function selectAssessments(pool: Pool, workshopId: string): Promise<Assessment[]> {
  const { rows } = await query<AssessmentRow>(
    pool,
    `SELECT id, workshop_id AS "workshopId", target_kind AS "targetKind", target_id AS "targetId", rating, evidence, source,
       next_cycle AS "nextCycle", assessed_on AS "assessedOn", author_participant_id AS "authorParticipantId",
       author_name AS "authorName", author_organisation AS "authorOrganisation", recorded_at AS "recordedAt"
     FROM assessments WHERE workshop_id = $1 ORDER BY seq`,
    [workshopId],
  );
  return rows.map(assessmentFromRow);
}

export async function selectSubmission(pool: Pool, workshopId: string): Promise<SubmissionKind> {
  const { rows } = await query<{ submission: string }>(pool, 'SELECT submission FROM tracking_settings WHERE workshop_id = $1', [workshopId]);
  return submissionKind(rows[0]?.submission);
}

/** False when there is no such workshop. */
export async function upsertSubmission(client: Queryable, workshopId: string, submission: SubmissionKind): Promise<boolean> {
  const { rowCount } = await query(
    client,
    `INSERT INTO tracking_settings (workshop_id, submission) SELECT id, $2 FROM workshops WHERE id = $1
     ON CONFLICT (workshop_id) DO UPDATE SET submission = excluded.submission`,
    [workshopId, submission],
  );
  return rowCount === 1;
}
