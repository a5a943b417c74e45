/**
 * What each role may see of the room. A socket belongs to one audience; every socket of an
 * audience sees the same state, so the server builds and diffs it once per audience. What a
 * role may not see is left out here, before anything is sent.
 */
import type { Identity } from '../../shared/api.js';
import type { AccreditationView, PresenceEntry, QueuedHand, RaisedHand, WorkshopState } from '../../shared/events.js';
import { DIALOGUE_SHARED_SECTIONS, type Layer } from '../../shared/dialogue.js';
import { can } from '../../shared/roles.js';
import type { Section } from '../../shared/sections.js';
import { organisationKey } from '../../shared/votes.js';

/** The room at one moment, before it is cut to a role: the same for every audience. */
export interface RoomSnapshot {
  common: Omit<WorkshopState, 'presence' | 'hands' | 'version' | 'accreditation'>;
  /** The whole view, names and list included. */
  accreditation: AccreditationView;
  /** The whole roster. */
  presence: PresenceEntry[];
  /** The whole queue of raised hands. */
  hands: RaisedHand[];
}

/**
 * `roster`: facilitators and organisers, who run the room and see everyone. `screen`: the
 * projector, which counts. `org:<key>`: a participant, who sees their own organisation's
 * delegates; `self:<id>`: a participant who gave no organisation, who sees only themselves.
 * A participant of another layer than the CSOs' (a dialogue day) has `<layer>|` before it.
 */
export function audienceOf(identity: Identity): string {
  if (can(identity.role, 'runAgenda')) return 'roster';
  if (identity.role !== 'participant' || !identity.participantId) return 'screen';
  const layer = identity.layer && identity.layer !== 'cso' ? `${identity.layer}|` : '';
  return layer + (identity.organisation ? `org:${organisationKey(identity.organisation)}` : `self:${identity.participantId}`);
}

/** Whether a participant's entry (by id and organisation) belongs to what the audience sees. */
function belongs(audience: string, participantId: string, organisation: string | null): boolean {
  if (audience.startsWith('self:')) return participantId === audience.slice('self:'.length);
  return organisation !== null && `org:${organisationKey(organisation)}` === audience;
}

/** The state as one audience sees it, at `version`. */
export function viewFor(snapshot: RoomSnapshot, layeredAudience: string, version: number): WorkshopState {
  const queue: QueuedHand[] = snapshot.hands.map((hand, i) => ({ ...hand, place: i + 1 }));
  if (layeredAudience === 'roster') return { ...snapshot.common, version, presence: snapshot.presence, hands: queue, accreditation: snapshot.accreditation };
  const [layer, audience] = layeredAudience.includes('|') ? (layeredAudience.split('|') as [Layer, string]) : [null, layeredAudience];
  const common = snapshot.common.dialogue && (layer !== null || audience === 'screen') ? sharedCommon(snapshot.common) : snapshot.common;
  // Others count who waits: no names, no list.
  const accreditation = { ...snapshot.accreditation, waiting: [], list: null };
  if (audience === 'screen') return { ...common, version, presence: [], hands: queue, accreditation };
  const presence = snapshot.presence.filter((entry) => entry.role === 'participant' && belongs(audience, entry.id, entry.organisation));
  const hands = queue.filter((hand) => belongs(audience, hand.participantId, hand.organisation));
  return { ...common, version, presence, hands, accreditation };
}

/**
 * What a dialogue day shares with every layer: nothing that points into a CSO-only section (a
 * spotlight on a strategy row, a vote about one). The sections themselves are never opened.
 */
function sharedCommon(common: RoomSnapshot['common']): RoomSnapshot['common'] {
  const shared = (section: Section | undefined) => section === undefined || DIALOGUE_SHARED_SECTIONS.includes(section);
  return {
    ...common,
    spotlight: common.spotlight && shared(common.spotlight.section) ? common.spotlight : null,
    votes: common.votes.filter((vote) => shared(vote.spec.subject?.section)),
  };
}
