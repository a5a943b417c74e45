/** Implementation assessments in SQLite: an append-only history, read in the order stored. */
import type Database from 'better-sqlite3';
import { type Assessment, type SubmissionKind, submissionKind } from '../../../shared/tracking.js';
import { assessmentFromRow, type AssessmentRow } from '../assessmentRow.js';

/** The insert, with named parameters: an assessment's fields and its target in two columns. */
export const INSERT_ASSESSMENT = `INSERT INTO assessments (id, workshop_id, target_kind, target_id, rating, evidence, source, next_cycle, assessed_on,
     author_participant_id, author_name, author_organisation, recorded_at)
   VALUES (@id, @workshopId, @targetKind, @targetId, @rating, @evidence, @source, @nextCycle, @assessedOn,
     @authorParticipantId, @authorName, @authorOrganisation, @recordedAt)`;

/** An assessment as the insert's parameters. */
export const assessmentParameters = ({ target, ...rest }: Assessment) => ({ ...rest, targetKind: target.kind, targetId: target.id });

export class SqliteAssessments {
  private readonly insert: Database.Statement;
  private readonly select: Database.Statement<[string]>;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(INSERT_ASSESSMENT);
    this.select = db.prepare(
      `SELECT id, workshop_id AS workshopId, target_kind AS targetKind, target_id AS targetId, rating, evidence, source,
         next_cycle AS nextCycle, assessed_on AS assessedOn, author_participant_id AS authorParticipantId,
         author_name AS authorName, author_organisation AS authorOrganisation, recorded_at AS recordedAt
       FROM assessments WHERE workshop_id = ? ORDER BY seq`,
    );
  }

  add(assessment: Assessment): void {
    this.insert.run(assessmentParameters(assessment));
  }

  list(workshopId: string): Assessment[] {
    return (this.select.all(workshopId) as AssessmentRow[]).map(assessmentFromRow);
  }

  submission(workshopId: string): SubmissionKind {
    return submissionKind(this.db.prepare('SELECT submission FROM tracking_settings WHERE workshop_id = ?').pluck().get(workshopId));
  }

  /** Inside the caller's transaction; false when there is no such workshop. */
  setSubmission(workshopId: string, submission: SubmissionKind): boolean {
    return (
      this.db
        .prepare(
          `INSERT INTO tracking_settings (workshop_id, submission) SELECT id, ? FROM workshops WHERE id = ?
           ON CONFLICT (workshop_id) DO UPDATE SET submission = excluded.submission`,
        )
        .run(submission, workshopId).changes === 1
    );
  }
}
