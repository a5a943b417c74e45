/** The workshop endpoints of the HTTP API (see shared/api.ts). */
import type {
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  JoinCodeLookupResponse,
  JoinRequest,
  JoinResponse,
  MeResponse,
} from '../../../shared/api.js';
import { requestJson } from './http.js';

/** Creates a workshop with the organiser key. */
export function createWorkshop(organiserKey: string, input: CreateWorkshopRequest): Promise<CreateWorkshopResponse> {
  return requestJson('/api/workshops', { method: 'POST', token: organiserKey, body: input });
}

/** Finds the workshop a join code opens. */
export function lookUpJoinCode(code: string): Promise<JoinCodeLookupResponse> {
  return requestJson(`/api/join-codes/${encodeURIComponent(code)}`);
}

/** Joins a workshop as a participant and returns the participant's token. */
export function joinWorkshop(workshopId: string, input: JoinRequest): Promise<JoinResponse> {
  return requestJson(`/api/workshops/${encodeURIComponent(workshopId)}/participants`, { method: 'POST', body: input });
}

/** Who a token belongs to, and the workshop it opens. */
export function fetchMe(workshopId: string, token: string): Promise<MeResponse> {
  return requestJson(`/api/workshops/${encodeURIComponent(workshopId)}/me`, { token });
}
