/** The invitation list and participants' standing on it, in SQLite; each method runs inside the store's transaction. */
import type Database from 'better-sqlite3';
import { type Accreditation, type InvitationEdit, type InvitationList, listedOrganisationVoterKey } from '../../../shared/accreditation.js';
import { type AccreditationRow, type DelegateRow, invitationList, mergedAliases, type OrganisationRow, toAccreditation } from '../invitationRows.js';
import type { OrganisationMerge } from '../Store.js';

export class SqliteInvitations {
  constructor(private readonly db: Database.Database) {}

  load(workshopId: string): InvitationList {
    const version = this.db.prepare('SELECT version FROM invitation_lists WHERE workshop_id = ?').pluck().get(workshopId) as number | undefined;
    const organisations = this.db
      .prepare('SELECT id, name, aliases, returning_member FROM listed_organisations WHERE workshop_id = ?')
      .all(workshopId) as OrganisationRow[];
    const delegates = this.db
      .prepare('SELECT id, organisation_id, name, contact, ballot_holder FROM listed_delegates WHERE workshop_id = ?')
      .all(workshopId) as DelegateRow[];
    return invitationList(version ?? 0, organisations, delegates);
  }

  edit(workshopId: string, edit: InvitationEdit): InvitationList {
    const db = this.db;
    for (const org of edit.organisations ?? []) {
      db.prepare(
        `INSERT INTO listed_organisations (id, workshop_id, name, aliases, returning_member) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (workshop_id, id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, returning_member = excluded.returning_member`,
      ).run(org.id, workshopId, org.name, JSON.stringify(org.aliases), org.returning ? 1 : 0);
    }
    for (const delegate of edit.delegates ?? []) {
      db.prepare(
        `INSERT INTO listed_delegates (id, workshop_id, organisation_id, name, contact, ballot_holder)
         SELECT ?, ?, id, ?, ?, ? FROM listed_organisations WHERE id = ? AND workshop_id = ?
         ON CONFLICT (workshop_id, id) DO UPDATE SET organisation_id = excluded.organisation_id, name = excluded.name,
           contact = excluded.contact, ballot_holder = excluded.ballot_holder`,
      ).run(delegate.id, workshopId, delegate.name, delegate.contact, delegate.ballotHolder ? 1 : 0, delegate.organisationId, workshopId);
      if (delegate.ballotHolder) {
        db.prepare('UPDATE listed_delegates SET ballot_holder = 0 WHERE organisation_id = ? AND id <> ? AND workshop_id = ?').run(
          delegate.organisationId,
          delegate.id,
          workshopId,
        );
      }
    }
    for (const id of edit.removeDelegateIds ?? []) {
      db.prepare('UPDATE participant_accreditations SET delegate_id = NULL WHERE delegate_id = ? AND workshop_id = ?').run(id, workshopId);
      db.prepare('DELETE FROM listed_delegates WHERE id = ? AND workshop_id = ?').run(id, workshopId);
    }
    for (const id of edit.removeOrganisationIds ?? []) {
      db.prepare('UPDATE participant_accreditations SET organisation_id = NULL, delegate_id = NULL WHERE organisation_id = ? AND workshop_id = ?').run(
        id,
        workshopId,
      );
      db.prepare('DELETE FROM listed_delegates WHERE organisation_id = ? AND workshop_id = ?').run(id, workshopId);
      db.prepare('DELETE FROM listed_organisations WHERE id = ? AND workshop_id = ?').run(id, workshopId);
    }
    this.bumpVersion(workshopId);
    return this.load(workshopId);
  }

  merge(workshopId: string, fromId: string, intoId: string): OrganisationMerge | null {
    const db = this.db;
    const list = this.load(workshopId);
    const from = list.organisations.find((org) => org.id === fromId);
    const into = list.organisations.find((org) => org.id === intoId);
    if (!from || !into || fromId === intoId) return null;
    db.prepare('UPDATE listed_organisations SET aliases = ?, returning_member = ? WHERE id = ? AND workshop_id = ?').run(
      JSON.stringify(mergedAliases(into, from)),
      into.returning || from.returning ? 1 : 0,
      intoId,
      workshopId,
    );
    // The surviving organisation keeps its ballot holder, if it names one.
    if (list.delegates.some((d) => d.organisationId === intoId && d.ballotHolder)) {
      db.prepare('UPDATE listed_delegates SET ballot_holder = 0 WHERE organisation_id = ? AND workshop_id = ?').run(fromId, workshopId);
    }
    db.prepare('UPDATE listed_delegates SET organisation_id = ? WHERE organisation_id = ? AND workshop_id = ?').run(intoId, fromId, workshopId);
    const participantIds = db
      .prepare('UPDATE participant_accreditations SET organisation_id = ? WHERE organisation_id = ? AND workshop_id = ? RETURNING participant_id')
      .pluck()
      .all(intoId, fromId, workshopId)
      .sort() as string[];
    const droppedBallots = this.mergeBallots(workshopId, listedOrganisationVoterKey(fromId), listedOrganisationVoterKey(intoId), into.name);
    db.prepare('DELETE FROM listed_organisations WHERE id = ? AND workshop_id = ?').run(fromId, workshopId);
    this.bumpVersion(workshopId);
    return { list: this.load(workshopId), participantIds, droppedBallots };
  }

  /** In each open vote, the merged organisation's ballot becomes the survivor's, unless the survivor's was cast first. */
  private mergeBallots(workshopId: string, fromKey: string, intoKey: string, intoName: string): number {
    const db = this.db;
    const openVotes = db.prepare('SELECT id FROM votes WHERE workshop_id = ? AND closed_at IS NULL').pluck().all(workshopId) as string[];
    let dropped = 0;
    for (const voteId of openVotes) {
      const castAt = (key: string) =>
        db.prepare('SELECT cast_at FROM ballots WHERE vote_id = ? AND voter_key = ?').pluck().get(voteId, key) as number | undefined;
      const fromAt = castAt(fromKey);
      if (fromAt === undefined) continue;
      const intoAt = castAt(intoKey);
      const loser = intoAt === undefined ? null : intoAt <= fromAt ? fromKey : intoKey;
      if (loser) {
        db.prepare('DELETE FROM ballots WHERE vote_id = ? AND voter_key = ?').run(voteId, loser);
        db.prepare('DELETE FROM ballot_requests WHERE vote_id = ? AND voter_key = ?').run(voteId, loser);
        dropped += 1;
      }
      if (loser !== fromKey) {
        db.prepare('UPDATE ballots SET voter_key = ?, organisation = ? WHERE vote_id = ? AND voter_key = ?').run(intoKey, intoName, voteId, fromKey);
        db.prepare('UPDATE ballot_requests SET voter_key = ? WHERE vote_id = ? AND voter_key = ?').run(intoKey, voteId, fromKey);
      }
    }
    return dropped;
  }

  setAccreditation(workshopId: string, a: Accreditation): boolean {
    const { changes } = this.db
      .prepare(
        `INSERT INTO participant_accreditations (participant_id, workshop_id, organisation_id, delegate_id, admission, admitted_at)
         SELECT id, workshop_id, ?, ?, ?, ? FROM participants WHERE id = ? AND workshop_id = ?
         ON CONFLICT (participant_id) DO UPDATE SET organisation_id = excluded.organisation_id, delegate_id = excluded.delegate_id,
           admission = excluded.admission, admitted_at = excluded.admitted_at`,
      )
      .run(a.organisationId, a.delegateId, a.admission, a.admittedAt, a.participantId, workshopId);
    return changes === 1;
  }

  list(workshopId: string): Accreditation[] {
    const rows = this.db
      .prepare(
        `SELECT a.participant_id, a.organisation_id, a.delegate_id, a.admission, a.admitted_at
         FROM participant_accreditations a JOIN participants p ON p.id = a.participant_id
         WHERE a.workshop_id = ? ORDER BY p.created_at, p.id`,
      )
      .all(workshopId) as AccreditationRow[];
    return rows.map(toAccreditation);
  }

  private bumpVersion(workshopId: string): void {
    this.db
      .prepare(
        `INSERT INTO invitation_lists (workshop_id, version) VALUES (?, 1)
         ON CONFLICT (workshop_id) DO UPDATE SET version = invitation_lists.version + 1`,
      )
      .run(workshopId);
  }
}
