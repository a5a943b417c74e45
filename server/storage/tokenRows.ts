/** How both stores read a token back: its row joined with the participant and their standing. */
import type { Layer } from '../../shared/dialogue.js';
import type { Role } from '../../shared/roles.js';
import { accreditationOfToken, type TokenAccreditationRow } from './invitationRows.js';
import type { TokenGrant } from './Store.js';

/** The columns of `findToken`'s query, the same names in SQLite and PostgreSQL. */
export interface TokenRow extends TokenAccreditationRow {
  hash: string;
  workshop_id: string;
  role: Role;
  name: string | null;
  organisation: string | null;
  participant_created_at: number | null;
  listed_organisation: string | null;
  layer: Layer | null;
  layer_body: string | null;
}

/** The grant a token's row gives; the participant is null for a facilitator's token or a participant the join left unnamed. */
export function tokenRecordOf(row: TokenRow): TokenGrant {
  const participant =
    row.participant_id && row.name !== null && row.organisation !== null
      ? {
          id: row.participant_id,
          workshopId: row.workshop_id,
          name: row.name,
          organisation: row.organisation,
          createdAt: row.participant_created_at ?? 0,
          layer: row.layer ?? 'cso',
          body: row.layer_body,
        }
      : null;
  return {
    hash: row.hash,
    workshopId: row.workshop_id,
    role: row.role,
    participantId: row.participant_id,
    participant,
    accreditation: accreditationOfToken(row),
    listedOrganisation: row.listed_organisation,
  };
}
