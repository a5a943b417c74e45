/** `PUT /api/workshops/:id/tracking/submission`: the mid-term report's joint or single submission, one choice per workshop. */
import type { Identity } from '../../shared/api.js';
import type { SubmissionKind } from '../../shared/tracking.js';
import { setSubmissionRequest } from '../../shared/trackingSchema.js';
import { invalid, notFound } from '../errors.js';
import type { Store } from '../storage/Store.js';

/**
 * Stores the choice of `identity` (already authorised to write the workshop's tracking). Kept on
 * the server, not on each device, so every coalition member counts against the same limit.
 */
export async function setSubmissionKind(store: Store, identity: Identity, body: unknown): Promise<SubmissionKind> {
  // VALIDATION
  const parsed = setSubmissionRequest.safeParse(body);
  if (!parsed.success) throw invalid('submission: expected "joint" or "single"');
  // RESOLUTION
  if (!(await store.setSubmissionKind(identity.workshopId, parsed.data.submission))) throw notFound('no workshop with this id');
  return parsed.data.submission;
}
