/**
 * What every change of the invitation list does once stored: the server's copy follows, the
 * control record's `returningOrganisations` is written from the list (while it is in force the
 * list's flag is the one truth; the record keeps the names every client and export already read),
 * the audit line is kept, and the room hears of it.
 */
import { accreditationInForce, findListedOrganisation, type InvitationList } from '../../../shared/accreditation.js';
import type { Identity } from '../../../shared/api.js';
import type { CommandName } from '../../../shared/control.js';
import type { ControlRecord } from '../../../shared/events.js';
import type { CommandDeps } from '../commandDefinition.js';

/**
 * The record's returning organisations with the list in force: the listed ones flagged on the
 * list, plus those marked in the record that the list does not name; sorted as
 * `roster:mark-returning` sorts them.
 */
export function returningWithList(list: InvitationList, marked: string[]): string[] {
  const listed = list.organisations.filter((org) => org.returning).map((org) => org.name);
  const unlisted = marked.filter((name) => !findListedOrganisation(list, name));
  return [...listed, ...unlisted].sort((a, b) => a.localeCompare(b));
}

export async function recordListChange(
  deps: CommandDeps,
  identity: Identity,
  command: CommandName,
  detail: Record<string, unknown>,
  list: InvitationList,
): Promise<void> {
  const { workshopId } = identity;
  deps.accreditations.listChanged(workshopId, list);
  const { entry } = await deps.controls.change(workshopId, (draft: ControlRecord) => {
    if (accreditationInForce(list)) draft.returningOrganisations = returningWithList(list, draft.returningOrganisations);
    const audit = { at: Date.now(), actorRole: identity.role, actorName: identity.name, command, detail: { ...detail, listVersion: list.version } };
    return { result: undefined, audit };
  });
  deps.changed(workshopId, entry);
}
