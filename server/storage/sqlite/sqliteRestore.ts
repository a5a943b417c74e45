/** A workshop restored from an archive, written to SQLite in one transaction. */
import type Database from 'better-sqlite3';
import type { RestoredWorkshop } from '../Store.js';
import { assessmentParameters, INSERT_ASSESSMENT } from './sqliteAssessments.js';

/**
 * Inserts the workshop, its tokens, participants, attendance, last-seen times, control record, votes, assessments, invitation list with participants' standing, and section
 * states. It is one transaction: a constraint that fails half-way (a taken join code, a clash
 * of ids) rolls everything back, so a broken archive never leaves a half-made workshop.
 */
export function restoreWorkshop(db: Database.Database, restored: RestoredWorkshop): void {
  const { workshop, tokens, participants, attendance, lastSeen, control, votes, assessments, documents } = restored;
  const { invitations, accreditations } = restored;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO workshops (id, title, country, starts_on, ends_on, join_code, created_at)
       VALUES (@id, @title, @country, @startsOn, @endsOn, @joinCode, @createdAt)`,
    ).run(workshop);
    const insertToken = db.prepare(
      'INSERT INTO tokens (hash, workshop_id, role, participant_id) VALUES (@hash, @workshopId, @role, @participantId)',
    );
    for (const token of tokens) insertToken.run(token);
    const insertParticipant = db.prepare(
      'INSERT INTO participants (id, workshop_id, name, organisation, created_at) VALUES (@id, @workshopId, @name, @organisation, @createdAt)',
    );
    for (const participant of participants) insertParticipant.run(participant);
    const insertAttendance = db.prepare(
      'INSERT INTO attendance (workshop_id, participant_id, session_id, first_seen_at) VALUES (?, ?, ?, ?)',
    );
    for (const row of attendance) insertAttendance.run(workshop.id, row.participantId, row.sessionId, row.firstSeenAt);
    const insertLastSeen = db.prepare('INSERT INTO participant_last_seen (participant_id, workshop_id, last_seen_at) VALUES (?, ?, ?)');
    for (const row of lastSeen) insertLastSeen.run(row.participantId, workshop.id, row.lastSeenAt);
    if (invitations.version > 0) db.prepare('INSERT INTO invitation_lists (workshop_id, version) VALUES (?, ?)').run(workshop.id, invitations.version);
    const insertOrganisation = db.prepare('INSERT INTO listed_organisations (workshop_id, id, name, aliases, returning_member) VALUES (?, ?, ?, ?, ?)');
    for (const org of invitations.organisations) insertOrganisation.run(workshop.id, org.id, org.name, JSON.stringify(org.aliases), org.returning ? 1 : 0);
    const insertDelegate = db.prepare('INSERT INTO listed_delegates (workshop_id, id, organisation_id, name, contact, ballot_holder) VALUES (?, ?, ?, ?, ?, ?)');
    for (const d of invitations.delegates) insertDelegate.run(workshop.id, d.id, d.organisationId, d.name, d.contact, d.ballotHolder ? 1 : 0);
    const insertAccreditation = db.prepare(
      'INSERT INTO participant_accreditations (participant_id, workshop_id, organisation_id, delegate_id, admission, admitted_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const a of accreditations) insertAccreditation.run(a.participantId, workshop.id, a.organisationId, a.delegateId, a.admission, a.admittedAt);
    db.prepare('INSERT INTO workshop_control (workshop_id, record) VALUES (?, ?)').run(workshop.id, JSON.stringify(control));
    const insertVote = db.prepare(
      'INSERT INTO votes (id, workshop_id, spec, charter, opened_at, closed_at, result) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const vote of votes) {
      const charter = vote.charter ? JSON.stringify(vote.charter) : null;
      const result = vote.result ? JSON.stringify(vote.result) : null;
      insertVote.run(vote.id, workshop.id, JSON.stringify(vote.spec), charter, vote.openedAt, vote.closedAt, result);
    }
    // In the archive's order: a target's current rating is its latest assessment.
    const insertAssessment = db.prepare(INSERT_ASSESSMENT);
    for (const assessment of assessments) insertAssessment.run(assessmentParameters(assessment));
    db.prepare('INSERT INTO tracking_settings (workshop_id, submission) VALUES (?, ?)').run(workshop.id, restored.submission);
    const insertUpdate = db.prepare('INSERT INTO document_updates (document, data) VALUES (?, ?)');
    for (const document of documents) insertUpdate.run(document.name, document.state);
  })();
}
