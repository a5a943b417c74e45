/** Builds `record.json` from the stored workshop and its section documents (later exports build on it). */
import * as Y from 'yjs';
import type { WorkshopSummary } from '../../shared/api.js';
import { cardsOf, readCard } from '../../shared/experiences.js';
import { readClusters, readRecommendations } from '../../shared/readRecommendations.js';
import { RECORD_FORMAT, RECORD_VERSION, type RecordRecommendation, type WorkshopRecordFile } from '../../shared/record.js';
import { SECTIONS, type Section } from '../../shared/sections.js';
import type { Store, WorkshopRecord } from '../storage/Store.js';
import { votesForRecord } from '../votes/votesForRecord.js';
import { documentJson } from './documentJson.js';
import { loadSectionDoc } from './loadSectionDoc.js';

/** The whole record of `workshop`, read from storage. */
export async function buildRecord(store: Store, workshop: WorkshopRecord, now = new Date()): Promise<WorkshopRecordFile> {
  const docs = Object.fromEntries(
    await Promise.all(SECTIONS.map(async (section) => [section, await loadSectionDoc(store, workshop.id, section)] as const)),
  ) as Record<Section, Y.Doc>;
  try {
    const { id, title, country, startsOn, endsOn } = workshop;
    const summary: WorkshopSummary = { id, title, country, startsOn, endsOn };
    const { votes, charter } = await votesForRecord(store, workshop.id, docs.charter);
    return {
      format: RECORD_FORMAT,
      version: RECORD_VERSION,
      exportedAt: now.toISOString(),
      workshop: summary,
      recommendations: readRecommendations(docs.recommendations).map(recordRecommendation),
      clusters: readClusters(docs.recommendations),
      experiences: cardsOf(docs.experiences).toArray().map((card) => ({ ...readCard(card), example: card.get('example') === true })),
      plan: documentJson(docs.plan),
      strategy: documentJson(docs.strategy),
      charter: { ...charter, document: documentJson(docs.charter) },
      votes,
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
