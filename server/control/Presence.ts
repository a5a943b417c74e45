/** Who is connected to each workshop's control channel, merged per person (or screen). */
import type { Identity } from '../../shared/api.js';
import type { Headcount, PresenceEntry } from '../../shared/events.js';
import { comparePresence } from '../../shared/stateDelta.js';
import { organisationKey } from '../../shared/votes.js';

/** One entry per participant; the facilitator's and projector's screens are one entry per role. */
export const presenceId = (identity: Identity) => identity.participantId ?? identity.role;

export class Presence {
  private readonly byWorkshop = new Map<string, Map<string, PresenceEntry>>();

  /** Counts one more connection of this identity. */
  add(identity: Identity): void {
    const roster = this.byWorkshop.get(identity.workshopId) ?? new Map<string, PresenceEntry>();
    this.byWorkshop.set(identity.workshopId, roster);
    const id = presenceId(identity);
    const connections = (roster.get(id)?.connections ?? 0) + 1;
    // A CSO delegate's layer goes without saying (everyone is one outside a dialogue day).
    const layer = identity.layer && identity.layer !== 'cso' ? { layer: identity.layer, body: identity.body ?? null } : {};
    // The newest handshake says who they are now: a merge or a match made while another of their devices stayed connected.
    roster.set(id, { id, name: identity.name, organisation: identity.organisation, role: identity.role, connections, ...layer });
  }

  remove(identity: Identity): void {
    const roster = this.byWorkshop.get(identity.workshopId);
    const id = presenceId(identity);
    const entry = roster?.get(id);
    if (!roster || !entry) return;
    entry.connections -= 1;
    if (entry.connections <= 0) roster.delete(id);
    if (roster.size === 0) this.byWorkshop.delete(identity.workshopId);
  }

  /** The roster, sorted by organisation, name and id (`comparePresence`, as clients keep it). */
  list(workshopId: string): PresenceEntry[] {
    const entries = [...(this.byWorkshop.get(workshopId)?.values() ?? [])].map((entry) => ({ ...entry }));
    return entries.sort(comparePresence);
  }

  /** The workshops someone is connected to. */
  workshops(): string[] {
    return [...this.byWorkshop.keys()];
  }

  /** The ids of the participants connected now. */
  participantIds(workshopId: string): string[] {
    return this.list(workshopId).filter((entry) => entry.role === 'participant').map((entry) => entry.id);
  }

  /** Participants present, and the distinct organisations among them (see `countHeads`). */
  headcount(workshopId: string, listedOrganisationOf?: ListedOrganisationOf): Headcount {
    return countHeads(this.byWorkshop.get(workshopId)?.values() ?? [], listedOrganisationOf);
  }
}

/** A present participant's admitted, listed organisation (null when they have none); given while the invitation list is in force. */
export type ListedOrganisationOf = (participantId: string) => string | null;

/**
 * Participants among these entries (one per person), and their distinct organisations: by the
 * typed name (no organisation counts as one), or, while the invitation list is in force, only
 * listed organisations.
 */
export function countHeads(entries: Iterable<PresenceEntry>, listedOrganisationOf?: ListedOrganisationOf): Headcount {
  const participants = [...entries].filter((entry) => entry.role === 'participant');
  const organisations = new Set(
    participants.flatMap((entry) => {
      if (!listedOrganisationOf) return [organisationKey(entry.organisation ?? '')];
      const listed = listedOrganisationOf(entry.id);
      return listed ? [listed] : [];
    }),
  );
  return { participants: participants.length, organisations: organisations.size };
}
