/**
 * `roster:mark-returning`: while the invitation list is in force, a listed organisation's
 * returning flag is the truth, and the control record's names are written from the list; an
 * organisation not on the list (or no list) is marked in the control record, as before.
 */
import { findListedOrganisation } from '../../../shared/accreditation.js';
import type { Identity } from '../../../shared/api.js';
import type { ParsedPayload } from '../../../shared/control.js';
import type { CommandDeps } from '../commandDefinition.js';
import { editRecord } from '../editRecord.js';
import { recordListChange } from '../invitations/recordListChange.js';
import { markReturning } from './markReturning.js';

const markInRecord = editRecord(markReturning);

export async function setReturning(payload: ParsedPayload<'roster:mark-returning'>, identity: Identity, deps: CommandDeps): Promise<void> {
  const listed = findListedOrganisation(deps.accreditations.list(identity.workshopId), payload.organisation);
  if (!listed) return void (await markInRecord(payload, identity, deps, 'roster:mark-returning'));
  const saved = await deps.store.editInvitationList(identity.workshopId, { organisations: [{ ...listed, returning: payload.returning }] });
  await recordListChange(deps, identity, 'roster:mark-returning', { ...payload, organisationId: listed.id }, saved);
}
