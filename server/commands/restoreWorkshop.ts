/**
 * A new workshop from a `record.json`: new id, tokens and join code, the same content. Each
 * section is restored from its Yjs state, stored as the new document's first update — never
 * rebuilt from the readable JSON, which would make new items that duplicate the old ones when
 * a participant's offline copy of the archived workshop merges in. The control record, votes,
 * participants, attendance and implementation assessments come back as data, with their ids renewed;
 * the invitation list keeps its ids (keys within a workshop), its participants' standing follows them.
 */
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { type Accreditation, EMPTY_INVITATION_LIST, type InvitationList } from '../../shared/accreditation.js';
import { noAmendments } from '../../shared/amendments.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { ControlRecord } from '../../shared/events.js';
import type { LinkBase } from '../../shared/links.js';
import type { RestoreRecord } from '../../shared/recordSchema.js';
import { migrateLegacyResponses } from '../../shared/responses.js';
import { documentName, SECTIONS } from '../../shared/sections.js';
import { hashToken, newId, newToken } from '../auth/secrets.js';
import { unprocessable } from '../errors.js';
import { organisationKey } from '../../shared/voteKinds.js';
import type { Assessment } from '../../shared/tracking.js';
import type { RestoredWorkshop, Store } from '../storage/Store.js';
import { initialRecord } from '../control/ControlStates.js';
import { unusedJoinCode } from './createWorkshop.js';
import { workshopLinks } from './links.js';

/** Restores `record` (already validated by `restoreRecordSchema`) in one store transaction. */
export async function restoreWorkshop(store: Store, record: RestoreRecord, base: LinkBase, now = Date.now()): Promise<CreateWorkshopResponse> {
  // VALIDATION: every state must be a Yjs update before anything is written.
  const documents = SECTIONS.flatMap((section) => {
    const base64 = record.documents[section];
    if (base64 === undefined) return [];
    const state = yjsState(section, base64);
    return [{ section, state: section === 'responses' ? withCurrentResponses(state) : state }];
  });
  const id = newId();
  const participantIds = new Map(record.attendance.map((person) => [person.participantId, newId()]));
  const voteIds = new Map(record.archivedVotes.map((vote) => [vote.id, newId()]));
  if (participantIds.size !== record.attendance.length || voteIds.size !== record.archivedVotes.length) {
    throw unprocessable('participant and vote ids must be unique in the archive');
  }
  const facilitatorToken = newToken();
  const projectorToken = newToken();
  const joinCode = await unusedJoinCode(store);
  const { title, country, startsOn, endsOn } = record.workshop;
  const restored: RestoredWorkshop = {
    workshop: { id, title, country, startsOn, endsOn, joinCode, createdAt: now },
    tokens: [
      { hash: hashToken(facilitatorToken), workshopId: id, role: 'facilitator', participantId: null },
      { hash: hashToken(projectorToken), workshopId: id, role: 'projector', participantId: null },
    ],
    participants: record.attendance.map((person) => ({
      id: participantIds.get(person.participantId)!, workshopId: id, name: person.name, organisation: person.organisation, createdAt: person.joinedAt,
    })),
    attendance: record.attendance.flatMap((person) =>
      person.sessions.map((s) => ({ participantId: participantIds.get(person.participantId)!, sessionId: s.sessionId, firstSeenAt: s.firstSeenAt })),
    ),
    lastSeen: record.attendance.flatMap((person) =>
      person.lastSeenAt == null ? [] : [{ participantId: participantIds.get(person.participantId)!, lastSeenAt: person.lastSeenAt }],
    ),
    control: renewedControl(record.control, participantIds, voteIds),
    votes: record.archivedVotes.map((vote) => ({
      ...vote, id: voteIds.get(vote.id)!, workshopId: id,
    })),
    assessments: renewedAssessments(record.assessments ?? [], id, participantIds),
    ...restoredInvitations(record.invitations, participantIds),
    submission: record.tracking?.submission ?? 'joint',
    documents: documents.map(({ section, state }) => ({ name: documentName(id, section), state })),
  };
  await store.restoreWorkshop(restored);
  return { id, joinCode, facilitatorToken, projectorToken, links: workshopLinks(base, id, joinCode, facilitatorToken, projectorToken) };
}

/**
 * The archive's assessments in their order, under new ids (an assessment's id is unique across
 * workshops, and the archive may be restored more than once) and the new participants' ids.
 */
function renewedAssessments(assessments: NonNullable<RestoreRecord['assessments']>, workshopId: string, participants: Map<string, string>): Assessment[] {
  return assessments.map((assessment, index) => {
    const author = assessment.authorParticipantId;
    if (author !== null && !participants.has(author)) throw unprocessable(`assessments.${index}.authorParticipantId names no participant of the archive`);
    return { ...assessment, id: randomUUID(), workshopId, authorParticipantId: author === null ? null : participants.get(author)! };
  });
}

/**
 * The archive's invitation list under its own ids (they are keys within a workshop) and each
 * participant's standing under their new id; 422 when the list does not hold together, as the
 * store would otherwise keep a standing or a delegate that names nothing.
 */
function restoredInvitations(
  invitations: RestoreRecord['invitations'],
  participants: Map<string, string>,
): { invitations: InvitationList; accreditations: Accreditation[] } {
  if (!invitations) return { invitations: EMPTY_INVITATION_LIST, accreditations: [] };
  const { version, organisations, delegates } = invitations;
  // The store keeps it in a 32-bit integer (PostgreSQL INTEGER): larger would fail there with a 500.
  if (version > MAX_LIST_VERSION) throw unprocessable(`invitations.version must be at most ${MAX_LIST_VERSION}`);
  const organisationIds = uniqueIds(organisations, 'invitations.organisations');
  const delegateIds = uniqueIds(delegates, 'invitations.delegates');
  oneOrganisationPerSpelling(organisations);
  const organisationOf = new Map(delegates.map((delegate) => [delegate.id, delegate.organisationId]));
  const holders = new Set<string>();
  delegates.forEach((delegate, index) => {
    if (!organisationIds.has(delegate.organisationId)) throw unprocessable(`invitations.delegates.${index}.organisationId names no listed organisation`);
    if (delegate.ballotHolder && holders.has(delegate.organisationId)) throw unprocessable(`invitations.delegates.${index}: an organisation has one ballot holder at most`);
    if (delegate.ballotHolder) holders.add(delegate.organisationId);
  });
  const standing = new Set<string>();
  const accreditations = invitations.accreditations.map((accreditation, index) => {
    const at = `invitations.accreditations.${index}`;
    const participantId = participants.get(accreditation.participantId);
    if (!participantId) throw unprocessable(`${at}.participantId names no participant of the archive`);
    if (standing.has(participantId)) throw unprocessable(`${at}: a participant has one standing`);
    standing.add(participantId);
    if (accreditation.organisationId !== null && !organisationIds.has(accreditation.organisationId)) throw unprocessable(`${at}.organisationId names no listed organisation`);
    if (accreditation.delegateId !== null && !delegateIds.has(accreditation.delegateId)) throw unprocessable(`${at}.delegateId names no listed delegate`);
    if (accreditation.delegateId !== null && organisationOf.get(accreditation.delegateId) !== accreditation.organisationId) {
      throw unprocessable(`${at}.delegateId names a delegate of another organisation than its organisationId`);
    }
    return { ...accreditation, participantId };
  });
  if (version === 0 && organisations.length > 0) throw unprocessable('invitations.version: a list that names organisations has been edited at least once');
  return { invitations: { version, organisations, delegates }, accreditations };
}

/** The largest list version the store keeps (PostgreSQL INTEGER). */
const MAX_LIST_VERSION = 2 ** 31 - 1;

/** 422 naming a spelling (a name or an alias, folded as the live list folds it) that two organisations answer to, as the live list refuses one. */
function oneOrganisationPerSpelling(organisations: NonNullable<RestoreRecord['invitations']>['organisations']): void {
  const holders = new Map<string, string>();
  organisations.forEach((organisation, index) => {
    for (const spelling of [organisation.name, ...organisation.aliases]) {
      const key = organisationKey(spelling);
      const holder = holders.get(key);
      if (holder !== undefined && holder !== organisation.id) {
        throw unprocessable(`invitations.organisations.${index}: “${spelling.slice(0, 200)}” already means another listed organisation; each spelling means one organisation`);
      }
      holders.set(key, organisation.id);
    }
  });
}

function uniqueIds(items: readonly { id: string }[], path: string): Set<string> {
  const ids = new Set(items.map((item) => item.id));
  if (ids.size !== items.length) throw unprocessable(`${path}: ids must be unique`);
  return ids;
}

/**
 * A dialogue day's responses written before top-level texts, moved to them (`migrateLegacyResponses`),
 * as continuing one moves them: the restored workshop's document has one writer until it is stored
 * (offline copies are kept per workshop id, and this one is new), so nothing is moved twice.
 */
function withCurrentResponses(state: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    if (doc.getMap('responses').size === 0) return state;
    migrateLegacyResponses(doc);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The decoded state of one section, or 422 when it is not a Yjs update. */
export function yjsState(section: string, base64: string): Uint8Array {
  const state = new Uint8Array(Buffer.from(base64, 'base64'));
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
  } catch {
    // The error itself says nothing useful to the organiser; the section's name does.
    throw unprocessable(`documents.${section} is not a Yjs document state`);
  } finally {
    doc.destroy();
  }
  return state;
}

/**
 * The archived control record under the new ids. Raised hands belong to people in the old room
 * and are dropped; a running timer is stopped where it stood.
 */
function renewedControl(control: RestoreRecord['control'], participants: Map<string, string>, votes: Map<string, string>): ControlRecord {
  const renew = (ids: Map<string, string>, old: string) => ids.get(old) ?? newId();
  const { adopted } = control.charter;
  const adoptionVoteId = control.charter.adoptionVoteId;
  if (adoptionVoteId && !votes.has(adoptionVoteId)) throw unprocessable('control.charter.adoptionVoteId names no vote of the archive');
  if (adopted && !votes.has(adopted.voteId)) throw unprocessable('control.charter.adopted.voteId names no vote of the archive');
  return {
    ...control,
    hands: [],
    locks: { ...initialRecord().locks, ...control.locks },
    // Amendments name old participants and votes; the restored text already holds the adopted ones.
    amendments: noAmendments(),
    projector: control.projector ?? { resultsFrom: 0, joinCodeLarge: false },
    // A row's claim names a vote of the old workshop, whose close would never release it here.
    dialogue: control.dialogue ? { origin: control.dialogue.origin, commitments: control.dialogue.commitments } : null,
    timer: { ...control.timer, endsAt: null, remainingMs: control.timer.endsAt === null ? control.timer.remainingMs : 0 },
    charter: {
      ...control.charter,
      adoptionVoteId: adoptionVoteId ? renew(votes, adoptionVoteId) : null,
      adopted: adopted ? { ...adopted, voteId: renew(votes, adopted.voteId) } : null,
      signatories: control.charter.signatories.map((s) => ({ ...s, participantId: renew(participants, s.participantId) })),
    },
  };
}
