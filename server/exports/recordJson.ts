/** Builds `record.json` from the stored workshop and its section documents (later exports build on it). */
import * as Y from 'yjs';
import type { WorkshopSummary } from '../../shared/api.js';
import { cardsOf } from '../../shared/experiences.js';
import { readPlan } from '../../shared/plan.js';
import { withRoomPriorities } from '../../shared/priorities.js';
import { readClusters, readRecommendations } from '../../shared/readRecommendations.js';
import { RECORD_FORMAT, RECORD_VERSION, type RecordRecommendation, type WorkshopRecordFile } from '../../shared/record.js';
import { SECTIONS, type Section } from '../../shared/sections.js';
import { readResponses } from '../../shared/responses.js';
import { readStrategy } from '../../shared/strategy.js';
import { initialRecord } from '../control/ControlStates.js';
import type { Store, WorkshopRecord } from '../storage/Store.js';
import { votesForRecord } from '../votes/votesForRecord.js';
import { documentJson } from './documentJson.js';
import { loadSectionDoc } from './loadSectionDoc.js';
import { recordAttendance, recordExperience, rowsIfArray } from './recordParts.js';

/** The whole record of `workshop`, read from storage. */
export async function buildRecord(store: Store, workshop: WorkshopRecord, now = new Date()): Promise<WorkshopRecordFile> {
  const docs = Object.fromEntries(
    await Promise.all(SECTIONS.map(async (section) => [section, await loadSectionDoc(store, workshop.id, section)] as const)),
  ) as Record<Section, Y.Doc>;
  try {
    const { id, title, country, startsOn, endsOn } = workshop;
    const summary: WorkshopSummary = { id, title, country, startsOn, endsOn };
    const { votes, charter } = await votesForRecord(store, workshop.id, docs.charter);
    // A workshop whose control channel was never opened has no stored record yet: it has the initial one.
    const stored = await store.loadControl(workshop.id);
    const control = { ...initialRecord(), ...stored, priorities: stored?.priorities ?? {}, language: stored?.language ?? 'en' };
    const storedVotes = await store.listVotes(workshop.id);
    return {
      format: RECORD_FORMAT,
      version: RECORD_VERSION,
      exportedAt: now.toISOString(),
      workshop: summary,
      recommendations: withRoomPriorities(readRecommendations(docs.recommendations), control.priorities).map(recordRecommendation),
      clusters: readClusters(docs.recommendations),
      experiences: cardsOf(docs.experiences).toArray().map(recordExperience),
      plan: documentJson(docs.plan),
      strategy: documentJson(docs.strategy),
      charter: { ...charter, document: documentJson(docs.charter) },
      votes,
      planRows: rowsIfArray(docs.plan, readPlan),
      strategyRows: rowsIfArray(docs.strategy, readStrategy),
      responses: [...readResponses(docs.responses).values()],
      attendance: await recordAttendance(store, workshop.id, control),
      control,
      archivedVotes: storedVotes.map(({ id, spec, charter, openedAt, closedAt, result }) => ({ id, spec, charter, openedAt, closedAt, result })),
      assessments: (await store.listAssessments(workshop.id)).map(({ workshopId: _workshop, ...assessment }) => assessment),
      tracking: { submission: await store.loadSubmissionKind(workshop.id) },
      invitations: { ...(await store.loadInvitationList(workshop.id)), accreditations: await store.listAccreditations(workshop.id) },
      documents: Object.fromEntries(
        SECTIONS.map((section) => [section, Buffer.from(Y.encodeStateAsUpdate(docs[section])).toString('base64')]),
      ) as Record<Section, string>,
    };
  } finally {
    for (const doc of Object.values(docs)) doc.destroy();
  }
}

/** The record names the review `cycle` ('current' | 'previous'), as the follow-up matrix does. */
function recordRecommendation({ review, cycle, ...rest }: ReturnType<typeof readRecommendations>[number]): RecordRecommendation {
  return { ...rest, cycle: review, cycleNumber: cycle };
}
