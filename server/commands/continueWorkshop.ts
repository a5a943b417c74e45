/**
 * A dialogue day continued from a workshop, live or from its archive: a new workshop whose
 * recommendations (with their triage), plan rows, strategy and charter are the origin's own Yjs
 * states, so every row keeps its id and links back to its origin. The plan gets a copy of what
 * each row answers (`shared/responses.ts`), so layers that never open the recommendations read
 * it; a row's Government response needs no making (`shared/responses.ts`). The origin is only read: its record is
 * untouched. Continuing from a dialogue day carries its responses and commitments on.
 */
import * as Y from 'yjs';
import { EMPTY_INVITATION_LIST } from '../../shared/accreditation.js';
import { dialogueAgenda } from '../../shared/agendaTemplate.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { ControlRecord } from '../../shared/events.js';
import { LIMITS } from '../../shared/limits.js';
import type { LinkBase } from '../../shared/links.js';
import { readPlan } from '../../shared/plan.js';
import { readClusters, readRecommendations } from '../../shared/readRecommendations.js';
import type { ContinueRecord } from '../../shared/recordSchema.js';
import { migrateLegacyResponses, writePlanReferences } from '../../shared/responses.js';
import { documentName, type Section } from '../../shared/sections.js';
import type { WorkshopLanguage } from '../../shared/workshopLanguage.js';
import { hashToken, newId, newToken } from '../auth/secrets.js';
import { initialRecord } from '../control/ControlStates.js';
import type { RestoredWorkshop, Store, StoredVote } from '../storage/Store.js';
import { unusedJoinCode } from './createWorkshop.js';
import { workshopLinks } from './links.js';
import { yjsState } from './restoreWorkshop.js';

const TITLE_SUFFIX: Record<WorkshopLanguage, string> = { en: ' — dialogue day', mn: ' — яриа хэлэлцээний өдөр' };

/** The sections that come along; experiences stay with the workshop that gathered them. */
const CARRIED: readonly Section[] = ['recommendations', 'plan', 'strategy', 'charter', 'responses'];

/** Makes the dialogue day from `record` (validated by `continueRecordSchema`) in one store transaction. */
export async function continueWorkshop(store: Store, record: ContinueRecord, base: LinkBase, now = Date.now()): Promise<CreateWorkshopResponse> {
  // VALIDATION: every carried state must be a Yjs update before anything is written.
  const docs = new Map<Section, Y.Doc>();
  for (const section of CARRIED) {
    const doc = new Y.Doc();
    const base64 = record.documents[section];
    if (base64 !== undefined) Y.applyUpdate(doc, yjsState(section, base64));
    docs.set(section, doc);
  }
  try {
    // RESOLUTION
    const recommendations = docs.get('recommendations')!;
    const plan = docs.get('plan')!;
    const responses = docs.get('responses')!;
    const rows = readPlan(plan);
    const clusters = readClusters(recommendations);
    writePlanReferences(plan, rows, readRecommendations(recommendations), clusters);
    // Responses carried from a day written before top-level texts move to them: this new day's
    // document has one writer until it is stored, so nothing is moved twice.
    migrateLegacyResponses(responses);
    const id = newId();
    const facilitatorToken = newToken();
    const projectorToken = newToken();
    const joinCode = await unusedJoinCode(store);
    const { control, votes } = dialogueControl(record, id, clusters.map((c) => c.title).filter(Boolean));
    const { country, startsOn, endsOn } = record.workshop;
    // A dialogue day continued again keeps its title rather than growing a second suffix.
    const suffixed = Object.values(TITLE_SUFFIX).some((suffix) => record.workshop.title.endsWith(suffix));
    const title = (suffixed ? record.workshop.title : record.workshop.title + TITLE_SUFFIX[control.language]).slice(0, LIMITS.maxTitleLength);
    const restored: RestoredWorkshop = {
      workshop: { id, title, country, startsOn, endsOn, joinCode, createdAt: now },
      tokens: [
        { hash: hashToken(facilitatorToken), workshopId: id, role: 'facilitator', participantId: null },
        { hash: hashToken(projectorToken), workshopId: id, role: 'projector', participantId: null },
      ],
      participants: [],
      attendance: [],
      lastSeen: [],
      control,
      votes,
      // The CSOs' tracking stays with the workshop they track it in.
      assessments: [],
      // No list: the Government, UN and NHRC representatives join with the code; the facilitator may list them.
      invitations: EMPTY_INVITATION_LIST,
      accreditations: [],
      submission: 'joint',
      documents: CARRIED.map((section) => ({ name: documentName(id, section), state: Y.encodeStateAsUpdate(docs.get(section)!) })),
    };
    await store.restoreWorkshop(restored);
    return { id, joinCode, facilitatorToken, projectorToken, links: workshopLinks(base, id, joinCode, facilitatorToken, projectorToken) };
  } finally {
    for (const doc of docs.values()) doc.destroy();
  }
}

/**
 * The dialogue day's control record: its own agenda, the room's priorities, and the adopted
 * charter with the one vote that adopted it (under a new id); the charter stays frozen.
 */
function dialogueControl(record: ContinueRecord, workshopId: string, clusterTitles: string[]): { control: ControlRecord; votes: StoredVote[] } {
  const { language, priorities, charter } = record.control;
  const adoption = charter.adopted ? record.archivedVotes.find((vote) => vote.id === charter.adopted!.voteId) : undefined;
  const voteId = newId();
  const votes: StoredVote[] = adoption ? [{ ...adoption, id: voteId, workshopId }] : [];
  const control: ControlRecord = {
    ...initialRecord(language),
    agenda: dialogueAgenda(newId, language, clusterTitles),
    priorities,
    charter: charter.adopted && adoption
      ? { frozen: true, adoptionVoteId: null, adopted: { ...charter.adopted, voteId }, signatories: charter.signatories.map((s) => ({ ...s, participantId: newId() })) }
      : initialRecord().charter,
    dialogue: {
      origin: { workshopId: record.workshop.id ?? null, title: record.workshop.title },
      commitments: record.control.dialogue?.commitments ?? {},
    },
  };
  return { control, votes };
}
