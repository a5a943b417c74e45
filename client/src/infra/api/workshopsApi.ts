/** The workshop endpoints of the HTTP API (see shared/api.ts). */
import type {
  ClaimInvitationRequest,
  ClaimInvitationResponse,
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  JoinCodeLookupResponse,
  JoinRequest,
  JoinResponse,
  MeResponse,
} from '../../../../shared/api.js';
import { requestJson } from './http.js';

/** Creates a workshop with the organiser key. */
export function createWorkshop(organiserKey: string, input: CreateWorkshopRequest): Promise<CreateWorkshopResponse> {
  return requestJson('/api/workshops', { method: 'POST', token: organiserKey, body: input });
}

/** Creates a demo workshop (the 2010 review's recommendations, example experience cards) with the organiser key. */
export function createDemoWorkshop(organiserKey: string): Promise<CreateWorkshopResponse> {
  return requestJson('/api/workshops/demo', { method: 'POST', token: organiserKey });
}

/** A new workshop from the text of an exported `record.json`, sent unchanged. */
export function restoreWorkshop(organiserKey: string, recordJson: string): Promise<CreateWorkshopResponse> {
  return requestJson('/api/workshops/import', { method: 'POST', token: organiserKey, jsonText: recordJson });
}

/** A dialogue day continued from the text of an exported `record.json` (its recommendations, plan and charter). */
export function continueWorkshop(organiserKey: string, recordJson: string): Promise<CreateWorkshopResponse> {
  return requestJson('/api/workshops/continue', { method: 'POST', token: organiserKey, jsonText: recordJson });
}

/** Finds the workshop a join code opens. */
export function lookUpJoinCode(code: string): Promise<JoinCodeLookupResponse> {
  return requestJson(`/api/join-codes/${encodeURIComponent(code)}`);
}

/** Joins a workshop as a participant and returns the participant's token. */
export function joinWorkshop(workshopId: string, input: JoinRequest): Promise<JoinResponse> {
  return requestJson(`/api/workshops/${encodeURIComponent(workshopId)}/participants`, { method: 'POST', body: input });
}

/** Opens a personal invitation link: this device's session (resumed when `deviceToken` is its own). */
export function claimInvitation(workshopId: string, input: ClaimInvitationRequest): Promise<ClaimInvitationResponse> {
  return requestJson(`/api/workshops/${encodeURIComponent(workshopId)}/invitation-claims`, { method: 'POST', body: input });
}

/** Who a token belongs to, and the workshop it opens. */
export function fetchMe(workshopId: string, token: string): Promise<MeResponse> {
  return requestJson(`/api/workshops/${encodeURIComponent(workshopId)}/me`, { token });
}
