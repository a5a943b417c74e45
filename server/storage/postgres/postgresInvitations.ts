/**
 * The invitation list and participants' standing on it, in PostgreSQL: the twin of
 * sqliteInvitations.ts. Every change first bumps the list's version row, which locks it, so two
 * edits or merges of one list take turns.
 */
import type { Pool } from 'pg';
import { type Accreditation, type InvitationEdit, type InvitationList, listedOrganisationVoterKey } from '../../../shared/accreditation.js';
import { type AccreditationRow, type DelegateRow, invitationList, mergedAliases, type OrganisationRow, toAccreditation } from '../invitationRows.js';
import type { OrganisationMerge } from '../Store.js';
import { inTransaction, type Queryable, query } from './postgresConnection.js';

export class PostgresInvitations {
  constructor(private readonly pool: Pool) {}

  async load(workshopId: string, client: Queryable = this.pool): Promise<InvitationList> {
    const version = await query<{ version: number }>(client, 'SELECT version FROM invitation_lists WHERE workshop_id = $1', [workshopId]);
    const organisations = await query<OrganisationRow>(
      client,
      'SELECT id, name, aliases, returning_member FROM listed_organisations WHERE workshop_id = $1',
      [workshopId],
    );
    const delegates = await query<DelegateRow>(
      client,
      'SELECT id, organisation_id, name, contact, ballot_holder FROM listed_delegates WHERE workshop_id = $1',
      [workshopId],
    );
    return invitationList(version.rows[0]?.version ?? 0, organisations.rows, delegates.rows);
  }

  async edit(workshopId: string, edit: InvitationEdit): Promise<InvitationList> {
    return inTransaction(this.pool, async (client) => {
      await bumpVersion(client, workshopId);
      for (const org of edit.organisations ?? []) {
        await query(
          client,
          `INSERT INTO listed_organisations (id, workshop_id, name, aliases, returning_member) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (workshop_id, id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, returning_member = excluded.returning_member`,
          [org.id, workshopId, org.name, JSON.stringify(org.aliases), org.returning],
        );
      }
      for (const d of edit.delegates ?? []) {
        await query(
          client,
          `INSERT INTO listed_delegates (id, workshop_id, organisation_id, name, contact, ballot_holder)
           SELECT $1, $2, id, $3, $4, $5 FROM listed_organisations WHERE id = $6 AND workshop_id = $2
           ON CONFLICT (workshop_id, id) DO UPDATE SET organisation_id = excluded.organisation_id, name = excluded.name,
             contact = excluded.contact, ballot_holder = excluded.ballot_holder`,
          [d.id, workshopId, d.name, d.contact, d.ballotHolder, d.organisationId],
        );
        if (d.ballotHolder) {
          await query(client, 'UPDATE listed_delegates SET ballot_holder = false WHERE organisation_id = $1 AND id <> $2 AND workshop_id = $3', [
            d.organisationId,
            d.id,
            workshopId,
          ]);
        }
      }
      for (const id of edit.removeDelegateIds ?? []) {
        await query(client, 'UPDATE participant_accreditations SET delegate_id = NULL WHERE delegate_id = $1 AND workshop_id = $2', [id, workshopId]);
        await query(client, 'DELETE FROM listed_delegates WHERE id = $1 AND workshop_id = $2', [id, workshopId]);
      }
      for (const id of edit.removeOrganisationIds ?? []) {
        await query(
          client,
          'UPDATE participant_accreditations SET organisation_id = NULL, delegate_id = NULL WHERE organisation_id = $1 AND workshop_id = $2',
          [id, workshopId],
        );
        await query(client, 'DELETE FROM listed_delegates WHERE organisation_id = $1 AND workshop_id = $2', [id, workshopId]);
        await query(client, 'DELETE FROM listed_organisations WHERE id = $1 AND workshop_id = $2', [id, workshopId]);
      }
      return this.load(workshopId, client);
    });
  }

  async merge(workshopId: string, fromId: string, intoId: string): Promise<OrganisationMerge | null> {
    if (fromId === intoId) return null;
    return inTransaction(this.pool, async (client) => {
      await bumpVersion(client, workshopId);
      const list = await this.load(workshopId, client);
      const from = list.organisations.find((org) => org.id === fromId);
      const into = list.organisations.find((org) => org.id === intoId);
      // Rolled back, so the version bump goes too.
      if (!from || !into) throw new NothingToMerge();
      await query(client, 'UPDATE listed_organisations SET aliases = $1, returning_member = $2 WHERE id = $3 AND workshop_id = $4', [
        JSON.stringify(mergedAliases(into, from)),
        into.returning || from.returning,
        intoId,
        workshopId,
      ]);
      // The surviving organisation keeps its ballot holder, if it names one.
      if (list.delegates.some((d) => d.organisationId === intoId && d.ballotHolder)) {
        await query(client, 'UPDATE listed_delegates SET ballot_holder = false WHERE organisation_id = $1 AND workshop_id = $2', [fromId, workshopId]);
      }
      await query(client, 'UPDATE listed_delegates SET organisation_id = $1 WHERE organisation_id = $2 AND workshop_id = $3', [intoId, fromId, workshopId]);
      const moved = await query<{ participant_id: string }>(
        client,
        'UPDATE participant_accreditations SET organisation_id = $1 WHERE organisation_id = $2 AND workshop_id = $3 RETURNING participant_id',
        [intoId, fromId, workshopId],
      );
      const droppedBallots = await mergeBallots(client, workshopId, listedOrganisationVoterKey(fromId), listedOrganisationVoterKey(intoId), into.name);
      await query(client, 'DELETE FROM listed_organisations WHERE id = $1 AND workshop_id = $2', [fromId, workshopId]);
      return { list: await this.load(workshopId, client), participantIds: moved.rows.map((row) => row.participant_id).sort(), droppedBallots };
    }).catch((error: unknown) => {
      if (error instanceof NothingToMerge) return null;
      throw error;
    });
  }

  async setAccreditation(workshopId: string, a: Accreditation, client: Queryable = this.pool): Promise<boolean> {
    const { rowCount } = await query(
      client,
      `INSERT INTO participant_accreditations (participant_id, workshop_id, organisation_id, delegate_id, admission, admitted_at)
       SELECT id, workshop_id, $1, $2, $3, $4 FROM participants WHERE id = $5 AND workshop_id = $6
       ON CONFLICT (participant_id) DO UPDATE SET organisation_id = excluded.organisation_id, delegate_id = excluded.delegate_id,
         admission = excluded.admission, admitted_at = excluded.admitted_at`,
      [a.organisationId, a.delegateId, a.admission, a.admittedAt, a.participantId, workshopId],
    );
    return rowCount === 1;
  }

  async list(workshopId: string): Promise<Accreditation[]> {
    const { rows } = await query<AccreditationRow>(
      this.pool,
      `SELECT a.participant_id, a.organisation_id, a.delegate_id, a.admission, a.admitted_at
       FROM participant_accreditations a JOIN participants p ON p.id = a.participant_id
       WHERE a.workshop_id = $1 ORDER BY p.created_at, p.id`,
      [workshopId],
    );
    return rows.map(toAccreditation);
  }
}

class NothingToMerge extends Error {}

async function bumpVersion(client: Queryable, workshopId: string): Promise<void> {
  await query(
    client,
    `INSERT INTO invitation_lists (workshop_id, version) VALUES ($1, 1)
     ON CONFLICT (workshop_id) DO UPDATE SET version = invitation_lists.version + 1`,
    [workshopId],
  );
}

/** In each open vote, the merged organisation's ballot becomes the survivor's, unless the survivor's was cast first. */
async function mergeBallots(client: Queryable, workshopId: string, fromKey: string, intoKey: string, intoName: string): Promise<number> {
  // FOR UPDATE: a cast holds the vote's row FOR SHARE, so casts in flight finish first and later ones wait for the merge.
  const votes = await query<{ id: string }>(client, 'SELECT id FROM votes WHERE workshop_id = $1 AND closed_at IS NULL FOR UPDATE', [workshopId]);
  let dropped = 0;
  for (const { id: voteId } of votes.rows) {
    const cast = await query<{ voter_key: string; cast_at: number }>(
      client,
      'SELECT voter_key, cast_at FROM ballots WHERE vote_id = $1 AND voter_key IN ($2, $3)',
      [voteId, fromKey, intoKey],
    );
    const fromAt = cast.rows.find((row) => row.voter_key === fromKey)?.cast_at;
    if (fromAt === undefined) continue;
    const intoAt = cast.rows.find((row) => row.voter_key === intoKey)?.cast_at;
    const loser = intoAt === undefined ? null : intoAt <= fromAt ? fromKey : intoKey;
    if (loser) {
      await query(client, 'DELETE FROM ballots WHERE vote_id = $1 AND voter_key = $2', [voteId, loser]);
      await query(client, 'DELETE FROM ballot_requests WHERE vote_id = $1 AND voter_key = $2', [voteId, loser]);
      dropped += 1;
    }
    if (loser !== fromKey) {
      await query(client, 'UPDATE ballots SET voter_key = $1, organisation = $2 WHERE vote_id = $3 AND voter_key = $4', [intoKey, intoName, voteId, fromKey]);
      await query(client, 'UPDATE ballot_requests SET voter_key = $1 WHERE vote_id = $2 AND voter_key = $3', [intoKey, voteId, fromKey]);
    }
  }
  return dropped;
}
