/** The roster by organisation, from the presence list: how many delegates each sent, and who is new. */
import type { Layer } from '../../../../shared/dialogue.js';
import type { PresenceEntry } from '../../../../shared/events.js';
import { organisationKey } from '../../../../shared/voteKinds.js';

/** A delegate present now; `id` is their participant id, which the facilitator's removal names. */
export interface Delegate {
  id: string;
  name: string;
  /** On a dialogue day: whom they represent (`shared/dialogue.ts`). */
  layer: Layer;
}

export interface OrganisationRoster {
  /** The organisation's name, or null for people who gave none. */
  organisation: string | null;
  delegates: Delegate[];
  returning: boolean;
}

/** Participants only (screens and facilitators are not delegates), organisations in alphabetical order. */
export function rosterByOrganisation(presence: PresenceEntry[], returningOrganisations: string[]): OrganisationRoster[] {
  const groups = new Map<string | null, Delegate[]>();
  for (const entry of presence) {
    if (entry.role !== 'participant') continue;
    const key = entry.organisation?.trim() || null;
    groups.set(key, [...(groups.get(key) ?? []), { id: entry.id, name: entry.name, layer: entry.layer ?? 'cso' }]);
  }
  // Folded as the server compares them: "OSF" marked returning is the "osf" a delegate typed.
  const returning = new Set(returningOrganisations.map(organisationKey));
  return [...groups.entries()]
    .map(([organisation, delegates]) => ({
      organisation,
      delegates: delegates.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
      returning: organisation !== null && returning.has(organisationKey(organisation)),
    }))
    .sort((a, b) => (a.organisation ?? '\uffff').localeCompare(b.organisation ?? '\uffff'));
}
