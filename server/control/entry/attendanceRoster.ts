/**
 * Builds the attendance roster from what the store holds and who is connected: every listed
 * organisation with its delegates (came or not), then the organisations people typed that the
 * list does not hold. A delegate on several devices is one person; present when any device is.
 */
import type { Accreditation, InvitationList } from '../../../shared/accreditation.js';
import type { AttendanceRoster, RosterOrganisation, RosterPerson } from '../../../shared/attendanceRoster.js';
import { organisationKey } from '../../../shared/voteKinds.js';
import type { InvitationRecord, LastSeenRecord, ParticipantRecord, ParticipantRemoval } from '../../storage/Store.js';

export interface RosterSources {
  list: InvitationList;
  participants: ParticipantRecord[];
  accreditations: Accreditation[];
  removals: ParticipantRemoval[];
  lastSeen: LastSeenRecord[];
  invitations: InvitationRecord[];
  /** Participant ids connected now. */
  present: ReadonlySet<string>;
  /** Organisations marked returning by name (the control record's, for names not on the list). */
  returningOrganisations: string[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const latest = (times: (number | null | undefined)[]) => times.reduce<number | null>((max, time) => (time != null && (max === null || time > max) ? time : max), null);
const earliest = (times: (number | null | undefined)[]) => times.reduce<number | null>((min, time) => (time != null && (min === null || time < min) ? time : min), null);

export function attendanceRoster(sources: RosterSources): AttendanceRoster {
  const removed = new Set(sources.removals.map((removal) => removal.participantId));
  const active = sources.participants.filter((participant) => !removed.has(participant.id));
  const standing = new Map(sources.accreditations.map((accreditation) => [accreditation.participantId, accreditation]));
  const seen = new Map(sources.lastSeen.map((record) => [record.participantId, record.lastSeenAt]));
  const linkIssued = new Map(sources.invitations.map((invitation) => [invitation.delegateId, invitation.issuedAt]));

  /** One person from their sessions: admitted when any session is, present when any device is. */
  const person = (name: string, delegateId: string | null, sessions: ParticipantRecord[]): RosterPerson => {
    const standings = sessions.map((session) => standing.get(session.id));
    const admitted = standings.some((s) => !s || s.admission === 'admitted');
    return {
      delegateId,
      participantIds: sessions.map((session) => session.id),
      name,
      admission: sessions.length === 0 ? null : admitted ? 'admitted' : 'waiting',
      admittedAt: admitted ? earliest(sessions.map((session, i) => standings[i]?.admittedAt ?? (standings[i] ? null : session.createdAt))) : null,
      present: sessions.some((session) => sources.present.has(session.id)),
      lastSeenAt: latest(sessions.map((session) => seen.get(session.id))),
      linkIssuedAt: delegateId ? (linkIssued.get(delegateId) ?? null) : null,
    };
  };

  const listed: RosterOrganisation[] = sources.list.organisations.map((organisation) => {
    const mine = active.filter((participant) => standing.get(participant.id)?.organisationId === organisation.id);
    const delegates = sources.list.delegates
      .filter((delegate) => delegate.organisationId === organisation.id)
      .map((delegate) => person(delegate.name, delegate.id, mine.filter((p) => standing.get(p.id)?.delegateId === delegate.id)));
    const unnamed = mine.filter((p) => !standing.get(p.id)?.delegateId).map((p) => person(p.name, null, [p]));
    return { organisationId: organisation.id, name: organisation.name, firstTime: !organisation.returning, people: [...delegates, ...unnamed].sort(byName) };
  });

  // Participants matched to no listed organisation, grouped by the name they typed, folded as votes fold it.
  const returning = new Set(sources.returningOrganisations.map(organisationKey));
  const typed = new Map<string, RosterOrganisation>();
  for (const participant of active) {
    if (standing.get(participant.id)?.organisationId) continue;
    const key = organisationKey(participant.organisation);
    const group = typed.get(key) ?? { organisationId: null, name: participant.organisation, firstTime: !returning.has(key), people: [] };
    group.people.push(person(participant.name, null, [participant]));
    typed.set(key, group);
  }
  for (const group of typed.values()) group.people.sort(byName);

  const organisations = [...listed.sort(byName), ...[...typed.values()].sort(byName)];
  const people = organisations.flatMap((organisation) => organisation.people);
  return {
    organisations,
    counts: {
      registered: sources.list.delegates.length,
      admitted: people.filter((p) => p.admission === 'admitted').length,
      present: people.filter((p) => p.present).length,
    },
  };
}
