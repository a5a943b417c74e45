/**
 * `record.json`: the complete archive of a workshop, for organisers and for a fresh instance to
 * continue from. Sections with a data model are exported as plain data; the others as their
 * document's JSON. `documents` keeps every section's Yjs state too, so a restore loses nothing.
 */
import type { WorkshopSummary } from './api.js';
import type { ExperienceCardData } from './experiences.js';
import type { ClusterData, RecommendationData, Review } from './recommendations.js';
import type { Section } from './sections.js';
import type { RecordCharter, RecordVote } from './votes.js';

export const RECORD_FORMAT = 'convene-record';
export const RECORD_VERSION = 1;

/** A recommendation in the record: `cycle` says which review it is from, `cycleNumber` the UPR cycle when known. */
export type RecordRecommendation = Omit<RecommendationData, 'review' | 'cycle'> & { cycle: Review; cycleNumber: number | null };

/** An experience card, marked when it is demo content. */
export type RecordExperienceCard = ExperienceCardData & { example: boolean };

export interface WorkshopRecordFile {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  exportedAt: string;
  workshop: WorkshopSummary;
  recommendations: RecordRecommendation[];
  clusters: ClusterData[];
  experiences: RecordExperienceCard[];
  /** No data model yet: the plan and strategy documents as JSON (maps as objects, texts as strings). */
  plan: Record<string, unknown>;
  strategy: Record<string, unknown>;
  /** The charter's canonical text and hash (adopted, or the current draft), signatories, and its document as JSON. */
  charter: RecordCharter & { document: Record<string, unknown> };
  /** Every vote with its counts, turnout, quorum and verdict; a secret vote's choices are not kept anywhere. */
  votes: RecordVote[];
  /** Each section's full Yjs state, base64-encoded (`Y.encodeStateAsUpdate`). */
  documents: Record<Section, string>;
}
