/** A workshop restored from an archive, written to PostgreSQL in one transaction. */
import type { Pool } from 'pg';
import { inTransaction, query } from './postgresConnection.js';
import { insertAssessment, upsertSubmission } from './postgresAssessments.js';
import { appendDocumentUpdates } from './postgresDocuments.js';
import type { RestoredWorkshop } from '../Store.js';

/**
 * Inserts the workshop, its tokens, participants, attendance, last-seen times, control record, votes, assessments, invitation list with participants' standing, and section
 * states. It is one transaction: a constraint that fails half-way (a taken join code, a clash
 * of ids) rolls everything back, so a broken archive never leaves a half-made workshop.
 */
export function restoreWorkshop(pool: Pool, restored: RestoredWorkshop): Promise<void> {
  const { workshop, tokens, participants, attendance, lastSeen, control, votes, assessments, documents } = restored;
  const { invitations, accreditations } = restored;
  return inTransaction(pool, async (client) => {
    await query(
      client,
      `INSERT INTO workshops (id, title, country, starts_on, ends_on, join_code, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [workshop.id, workshop.title, workshop.country, workshop.startsOn, workshop.endsOn, workshop.joinCode, workshop.createdAt],
    );
    for (const token of tokens) {
      await query(client, 'INSERT INTO tokens (hash, workshop_id, role, participant_id) VALUES ($1, $2, $3, $4)', [
        token.hash,
        token.workshopId,
        token.role,
        token.participantId,
      ]);
    }
    for (const participant of participants) {
      await query(client, 'INSERT INTO participants (id, workshop_id, name, organisation, created_at) VALUES ($1, $2, $3, $4, $5)', [
        participant.id,
        participant.workshopId,
        participant.name,
        participant.organisation,
        participant.createdAt,
      ]);
    }
    for (const row of attendance) {
      await query(client, 'INSERT INTO attendance (workshop_id, participant_id, session_id, first_seen_at) VALUES ($1, $2, $3, $4)', [
        workshop.id,
        row.participantId,
        row.sessionId,
        row.firstSeenAt,
      ]);
    }
    for (const row of lastSeen) {
      await query(client, 'INSERT INTO participant_last_seen (participant_id, workshop_id, last_seen_at) VALUES ($1, $2, $3)', [row.participantId, workshop.id, row.lastSeenAt]);
    }
    if (invitations.version > 0) {
      await query(client, 'INSERT INTO invitation_lists (workshop_id, version) VALUES ($1, $2)', [workshop.id, invitations.version]);
    }
    for (const org of invitations.organisations) {
      await query(client, 'INSERT INTO listed_organisations (workshop_id, id, name, aliases, returning_member) VALUES ($1, $2, $3, $4, $5)', [
        workshop.id, org.id, org.name, JSON.stringify(org.aliases), org.returning,
      ]);
    }
    for (const d of invitations.delegates) {
      await query(client, 'INSERT INTO listed_delegates (workshop_id, id, organisation_id, name, contact, ballot_holder) VALUES ($1, $2, $3, $4, $5, $6)', [
        workshop.id, d.id, d.organisationId, d.name, d.contact, d.ballotHolder,
      ]);
    }
    for (const a of accreditations) {
      await query(
        client,
        'INSERT INTO participant_accreditations (participant_id, workshop_id, organisation_id, delegate_id, admission, admitted_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [a.participantId, workshop.id, a.organisationId, a.delegateId, a.admission, a.admittedAt],
      );
    }
    await query(client, 'INSERT INTO workshop_control (workshop_id, record) VALUES ($1, $2)', [workshop.id, JSON.stringify(control)]);
    for (const vote of votes) {
      const charter = vote.charter ? JSON.stringify(vote.charter) : null;
      const result = vote.result ? JSON.stringify(vote.result) : null;
      await query(
        client,
        'INSERT INTO votes (id, workshop_id, spec, charter, opened_at, closed_at, result) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [vote.id, workshop.id, JSON.stringify(vote.spec), charter, vote.openedAt, vote.closedAt, result],
      );
    }
    // In the archive's order: a target's current rating is its latest assessment.
    for (const assessment of assessments) await insertAssessment(client, assessment);
    await upsertSubmission(client, workshop.id, restored.submission);
    // In the archive's order, so each section's state is its document's first update.
    for (const document of documents) {
      await appendDocumentUpdates(client, document.name, [document.state]);
    }
  });
}
