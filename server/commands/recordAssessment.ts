/** `POST /api/workshops/:id/tracking/assessments`: appends one implementation assessment. */
import { randomUUID } from 'node:crypto';
import type { Identity } from '../../shared/api.js';
import type { Assessment, TrackingBoard } from '../../shared/tracking.js';
import { recordAssessmentRequest } from '../../shared/trackingSchema.js';
import { invalid, notFound } from '../errors.js';
import type { Store } from '../storage/Store.js';

/** A day's grace past today (UTC): an assessment written in Ulaanbaatar's morning is dated there. */
const FUTURE_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Stores an assessment by `identity` (already authorised to write) of a target on `board`.
 * The author comes from the token, never from the body.
 */
export async function recordAssessment(store: Store, identity: Identity, board: TrackingBoard, body: unknown, now = Date.now()): Promise<Assessment> {
  // VALIDATION
  const parsed = recordAssessmentRequest.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid assessment');
  }
  const request = parsed.data;
  const exists =
    request.target.kind === 'recommendation'
      ? board.recommendations.some((r) => r.key === request.target.id)
      : board.planRows.some((row) => row.id === request.target.id);
  if (!exists) throw notFound(`no ${request.target.kind === 'recommendation' ? 'recommendation of the current review' : 'plan row'} with this id`);
  if (Date.parse(`${request.assessedOn}T00:00:00Z`) > now + FUTURE_GRACE_MS) throw invalid('assessedOn: an assessment cannot be dated in the future');
  // RESOLUTION
  const assessment: Assessment = {
    id: randomUUID(),
    workshopId: identity.workshopId,
    target: request.target,
    rating: request.rating,
    evidence: request.evidence,
    source: request.source,
    nextCycle: request.nextCycle,
    assessedOn: request.assessedOn,
    authorParticipantId: identity.participantId,
    authorName: identity.name,
    authorOrganisation: identity.organisation,
    recordedAt: now,
  };
  await store.addAssessment(assessment);
  return assessment;
}
