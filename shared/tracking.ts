/**
 * Implementation tracking between meetings: coalition members assess, over time, how far each
 * recommendation and each plan row is implemented. Assessments are an append-only history; the
 * current rating of a target is its latest assessment. Every assessment names its source (the
 * Mongolian mid-term validation was disputed over claims without one). Zod-free: the client
 * imports values from here (the request schema is in `trackingSchema.ts`).
 */
import type { RecommendationResponse } from './recommendations.js';
import type { WorkshopLanguage } from './workshopLanguage.js';

export const RATINGS = ['fully', 'partially', 'not', 'unknown'] as const;
/** How far a recommendation or plan row is implemented. */
export type Rating = (typeof RATINGS)[number];

export const TARGET_KINDS = ['recommendation', 'planRow'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** What an assessment is about: a recommendation (by its key) or a plan row (by its id). */
export interface AssessmentTarget {
  kind: TargetKind;
  id: string;
}

/** One assessment as stored: never edited, never deleted; a later one supersedes it. */
export interface Assessment {
  id: string;
  workshopId: string;
  target: AssessmentTarget;
  rating: Rating;
  evidence: string;
  /** A link or a citation; never empty. */
  source: string;
  /** What the coalition recommends for the next cycle; may be empty. */
  nextCycle: string;
  /** The day the assessment is about (YYYY-MM-DD), chosen by its author. */
  assessedOn: string;
  /** Who wrote it, from their token: a participant, or null for the facilitator or organiser. */
  authorParticipantId: string | null;
  authorName: string;
  authorOrganisation: string | null;
  /** When the server stored it (epoch ms): the history's order. */
  recordedAt: number;
}

/** A recommendation as the tracking view and the reports need it. */
export interface TrackedRecommendation {
  key: string;
  ref: string | null;
  text: string;
  recommendingStates: string[];
  response: RecommendationResponse;
  /** The import's themes and those participants tagged. */
  themes: string[];
  clusterTitle: string | null;
}

/** A plan row as the tracking view needs it: what it does and which recommendations it serves. */
export interface TrackedPlanRow {
  id: string;
  recommendationKeys: string[];
  /** A short title: the civil society's actions, else the government's. */
  title: string;
  responsibleBody: string;
}

/** `GET /api/workshops/:id/tracking`: what may be assessed and every assessment, oldest first. */
export interface TrackingBoard {
  workshop: { id: string; title: string; country: string | null };
  language: WorkshopLanguage;
  recommendations: TrackedRecommendation[];
  planRows: TrackedPlanRow[];
  assessments: Assessment[];
  /** The mid-term report's word limit, chosen once for the workshop so every coalition member counts against the same one. */
  submission: SubmissionKind;
}

/** Lengths the server refuses beyond (and the form's fields stop at). */
export const ASSESSMENT_LIMITS = { evidence: 4000, source: 1000, nextCycle: 2000, targetId: 200 } as const;

/** The UN's word limits for stakeholder submissions to the UPR (footnotes included). */
export const SUBMISSION_KINDS = ['joint', 'single'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];
export const WORD_LIMITS: Record<SubmissionKind, number> = { joint: 5630, single: 2815 };

/** A query's `submission`, or a joint submission (the coalition's usual case). */
export function submissionKind(value: unknown): SubmissionKind {
  return value === 'single' ? 'single' : 'joint';
}

/** The files drawn from tracking: the OHCHR matrix and the CSO mid-term report draft. */
export const TRACKING_FILES = ['ohchr-matrix.xlsx', 'ohchr-matrix.docx', 'midterm-report.docx', 'midterm-report.pdf'] as const;
export type TrackingFileName = (typeof TRACKING_FILES)[number];

/** The latest assessment of each target, by `kind:id`; `assessments` in stored order. */
export function latestAssessments(assessments: readonly Assessment[]): Map<string, Assessment> {
  const latest = new Map<string, Assessment>();
  for (const assessment of assessments) latest.set(targetKey(assessment.target), assessment);
  return latest;
}

/** One string per target, for maps. */
export const targetKey = (target: AssessmentTarget): string => `${target.kind}:${target.id}`;

/**
 * Words as a word processor counts them: runs between white space that hold a letter or a digit
 * (a lone dash or bullet is not a word), in any script, so Cyrillic counts as Latin does.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}
