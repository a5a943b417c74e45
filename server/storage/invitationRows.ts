/** What both stores share about the invitation list: how rows read back, in one order. */
import type { Accreditation, InvitationList, ListedDelegate, ListedOrganisation } from '../../shared/accreditation.js';
import { organisationKey } from '../../shared/voteKinds.js';

export interface OrganisationRow {
  id: string;
  name: string;
  aliases: string | string[];
  returning_member: number | boolean;
}

export interface DelegateRow {
  id: string;
  organisation_id: string;
  name: string;
  contact: string | null;
  ballot_holder: number | boolean;
}

export interface AccreditationRow {
  participant_id: string;
  organisation_id: string | null;
  delegate_id: string | null;
  admission: Accreditation['admission'];
  admitted_at: number | string | null;
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);

/** SQLite keeps aliases as JSON text, PostgreSQL as `json`, which the driver has already parsed. */
const toOrganisation = (row: OrganisationRow): ListedOrganisation => ({
  id: row.id,
  name: row.name,
  aliases: typeof row.aliases === 'string' ? (JSON.parse(row.aliases) as string[]) : row.aliases,
  returning: Boolean(row.returning_member),
});

const toDelegate = (row: DelegateRow): ListedDelegate => ({
  id: row.id,
  organisationId: row.organisation_id,
  name: row.name,
  contact: row.contact,
  ballotHolder: Boolean(row.ballot_holder),
});

/** The list from its rows, organisations and delegates sorted by name (then id), the same in every store. */
export function invitationList(version: number, organisations: OrganisationRow[], delegates: DelegateRow[]): InvitationList {
  return { version, organisations: organisations.map(toOrganisation).sort(byName), delegates: delegates.map(toDelegate).sort(byName) };
}

export const toAccreditation = (row: AccreditationRow): Accreditation => ({
  participantId: row.participant_id,
  organisationId: row.organisation_id,
  delegateId: row.delegate_id,
  admission: row.admission,
  admittedAt: row.admitted_at === null ? null : Number(row.admitted_at),
});

/** The aliases a merge leaves on the surviving organisation: its own, then the merged one's name and aliases, each spelling once. */
export function mergedAliases(into: ListedOrganisation, from: ListedOrganisation): string[] {
  const seen = new Set([into.name, ...into.aliases].map(organisationKey));
  const aliases = [...into.aliases];
  for (const name of [from.name, ...from.aliases]) {
    const key = organisationKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(name);
  }
  return aliases;
}

/** A token's row joined with the participant's standing: every column null when they have none. */
export interface TokenAccreditationRow extends Partial<Omit<AccreditationRow, 'participant_id' | 'admission'>> {
  participant_id: string | null;
  admission?: AccreditationRow['admission'] | null;
}

export function accreditationOfToken(row: TokenAccreditationRow): Accreditation | null {
  if (!row.participant_id || !row.admission) return null;
  return toAccreditation({
    participant_id: row.participant_id,
    organisation_id: row.organisation_id ?? null,
    delegate_id: row.delegate_id ?? null,
    admission: row.admission,
    admitted_at: row.admitted_at ?? null,
  });
}
