/** Parts of `record.json` read from more than one place: experience cards with their follow-up, and attendance. */
import * as Y from 'yjs';
import { sessionsInOrder } from '../../shared/agenda.js';
import type { ControlRecord } from '../../shared/events.js';
import { readCardFollowUp } from '../../shared/experienceFollowUp.js';
import { type ExperienceCard, readCard } from '../../shared/experiences.js';
import type { RecordAttendance, RecordExperienceCard } from '../../shared/record.js';
import { organisationKey } from '../../shared/votes.js';
import type { Store } from '../storage/Store.js';

/** A card as plain data with its follow-up of the previous review (shared/experienceFollowUp.ts; older cards lack it). */
export function recordExperience(card: ExperienceCard): RecordExperienceCard {
  const { recommendationKeys, assessment, evidence, themes } = readCardFollowUp(card);
  return { ...readCard(card), example: card.get('example') === true, recommendationKeys, assessment, evidence, themes };
}

/**
 * Rows of a plan or strategy document, or none when a foreign client stored `rows` as a map:
 * asking Yjs for an array under a name that holds a map throws, and one odd client must not
 * make the whole record fail to export (its content is still in the document's JSON).
 */
export function rowsIfArray<T>(doc: Y.Doc, read: (doc: Y.Doc) => T[]): T[] {
  const rows = doc.share.get('rows');
  if (rows && (rows instanceof Y.Map || rows._map.size > 0)) return [];
  return read(doc);
}

/** Every participant with the sessions they were present in, in agenda order. */
export async function recordAttendance(store: Store, workshopId: string, control: ControlRecord): Promise<RecordAttendance[]> {
  const [participants, marks, removals, list, accreditations, lastSeen] = await Promise.all([
    store.listParticipants(workshopId),
    store.listAttendance(workshopId),
    store.listRemovals(workshopId),
    store.loadInvitationList(workshopId),
    store.listAccreditations(workshopId),
    store.listLastSeen(workshopId),
  ]);
  const removedAt = new Map(removals.map((removal) => [removal.participantId, removal.removedAt]));
  const standing = new Map(accreditations.map((accreditation) => [accreditation.participantId, accreditation]));
  const organisations = new Map(list.organisations.map((organisation) => [organisation.id, organisation]));
  const delegates = new Map(list.delegates.map((delegate) => [delegate.id, delegate.name]));
  const seen = new Map(lastSeen.map((record) => [record.participantId, record.lastSeenAt]));
  const sessions = sessionsInOrder(control.agenda);
  const order = new Map(sessions.map((session, index) => [session.id, index]));
  const titles = new Map(sessions.map((session) => [session.id, session.title]));
  const returning = new Set(control.returningOrganisations.map(organisationKey));
  return participants.map((participant) => {
    const accreditation = standing.get(participant.id);
    const listed = accreditation?.organisationId ? organisations.get(accreditation.organisationId) : undefined;
    // A participant matched to a listed organisation is counted under its canonical name, so two spellings merged are one organisation here too.
    const organisation = listed?.name ?? participant.organisation;
    return {
      participantId: participant.id,
      name: participant.name,
      organisation,
      joinedAt: participant.createdAt,
      // The list says whether an accredited organisation returns; otherwise the organiser's marks by name.
      firstTimeOrganisation: listed ? !listed.returning : !returning.has(organisationKey(organisation)),
      removedAt: removedAt.get(participant.id) ?? null,
      accreditedOrganisation: listed?.name ?? null,
      delegate: accreditation?.delegateId ? (delegates.get(accreditation.delegateId) ?? null) : null,
      admission: accreditation?.admission ?? 'admitted',
      admittedAt: accreditation ? accreditation.admittedAt : participant.createdAt,
      lastSeenAt: seen.get(participant.id) ?? null,
      sessions: marks
        .filter((mark) => mark.participantId === participant.id)
        .sort((a, b) => (order.get(a.sessionId) ?? Infinity) - (order.get(b.sessionId) ?? Infinity))
        .map((mark) => ({ sessionId: mark.sessionId, title: titles.get(mark.sessionId) ?? '(session removed from the agenda)', firstSeenAt: mark.firstSeenAt })),
    };
  });
}
