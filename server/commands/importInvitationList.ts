/**
 * Imports an invitation list file into a workshop's list: organisations already listed (by
 * canonical name or alias) keep their id and gain the file's spellings; delegates already listed
 * for an organisation (by name) are updated; the rest are added. One edit, one new version.
 */
import {
  findListedOrganisation,
  type InvitationEdit,
  type InvitationList,
  type ListedDelegate,
  type ListedOrganisation,
} from '../../shared/accreditation.js';
import type { ImportIssue } from '../../shared/recommendationImport.js';
import { organisationKey } from '../../shared/voteKinds.js';
import { newId } from '../auth/secrets.js';
import { readInvitationList } from '../importers/invitationList.js';
import type { Store } from '../storage/Store.js';

export type InvitationImport =
  | { ok: true; list: InvitationList; organisations: number; delegates: number }
  | { ok: false; errors: ImportIssue[] };

export async function importInvitationList(store: Store, workshopId: string, bytes: Uint8Array, contentType?: string): Promise<InvitationImport> {
  const parsed = await readInvitationList(bytes, contentType);
  if (!parsed.ok) return parsed;
  const current = await store.loadInvitationList(workshopId);
  const edit = mergeIntoList(current, parsed.organisations, parsed.delegates);
  const list = await store.editInvitationList(workshopId, edit);
  return { ok: true, list, organisations: parsed.organisations.length, delegates: parsed.delegates.length };
}

function mergeIntoList(
  current: InvitationList,
  organisations: { name: string; aliases: string[]; returning: boolean }[],
  delegates: { organisation: string; name: string; contact: string | null; ballotHolder: boolean }[],
): Required<Pick<InvitationEdit, 'organisations' | 'delegates'>> {
  // The list as it grows, so a later row finds an organisation an earlier one added.
  const working: InvitationList = { ...current, organisations: [...current.organisations] };
  const saved = new Map<string, ListedOrganisation>();
  for (const imported of organisations) {
    const known = [imported.name, ...imported.aliases].map((name) => findListedOrganisation(working, name)).find(Boolean) ?? null;
    const base = known ?? { id: newId(), name: imported.name, aliases: [], returning: false };
    const spellings = new Set([base.name, ...base.aliases].map(organisationKey));
    const aliases = [...base.aliases];
    for (const name of [imported.name, ...imported.aliases]) {
      if (spellings.has(organisationKey(name)) || findListedOrganisation(working, name)) continue;
      spellings.add(organisationKey(name));
      aliases.push(name);
    }
    const organisation = { ...base, aliases, returning: base.returning || imported.returning };
    working.organisations = [...working.organisations.filter((org) => org.id !== organisation.id), organisation];
    saved.set(organisation.id, organisation);
  }
  const savedDelegates: ListedDelegate[] = delegates.map((delegate) => {
    const organisationId = findListedOrganisation(working, delegate.organisation)!.id;
    const known = current.delegates.find((d) => d.organisationId === organisationId && organisationKey(d.name) === organisationKey(delegate.name));
    return { id: known?.id ?? newId(), organisationId, name: delegate.name, contact: delegate.contact ?? known?.contact ?? null, ballotHolder: delegate.ballotHolder };
  });
  return { organisations: [...saved.values()], delegates: savedDelegates };
}
