/** `POST /api/workshops/:id/continue`: kept out of the first visit's API module, only the console and the organiser call it. */
import type { CreateWorkshopResponse } from '../../../../shared/api.js';
import { requestJson } from '../../infra/api/http.js';

/** A dialogue day continued from a live workshop, with the organiser key or its facilitator token. */
export function continueLiveWorkshop(token: string, workshopId: string): Promise<CreateWorkshopResponse> {
  return requestJson(`/api/workshops/${encodeURIComponent(workshopId)}/continue`, { method: 'POST', token });
}
