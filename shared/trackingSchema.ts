/** `POST /api/workshops/:id/tracking/assessments`: the body the server validates (zod: server only). */
import { z } from 'zod';
import { ASSESSMENT_LIMITS, RATINGS, SUBMISSION_KINDS, TARGET_KINDS } from './tracking.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a calendar date');

const SOURCE_REQUIRED = 'an assessment needs its source: a link or a citation';

export const recordAssessmentRequest = z.object({
  target: z.object({ kind: z.enum(TARGET_KINDS), id: z.string().min(1).max(ASSESSMENT_LIMITS.targetId) }),
  rating: z.enum(RATINGS),
  evidence: z.string().trim().max(ASSESSMENT_LIMITS.evidence),
  // Mandatory: the mid-term validation in Mongolia was disputed over claims that named no source.
  source: z.string({ error: SOURCE_REQUIRED }).trim().min(1, SOURCE_REQUIRED).max(ASSESSMENT_LIMITS.source),
  nextCycle: z.string().trim().max(ASSESSMENT_LIMITS.nextCycle).default(''),
  assessedOn: isoDate,
});
export type RecordAssessmentRequest = z.infer<typeof recordAssessmentRequest>;

/** `PUT /api/workshops/:id/tracking/submission`: the workshop's joint or single submission. */
export const setSubmissionRequest = z.object({ submission: z.enum(SUBMISSION_KINDS) }).strict();
