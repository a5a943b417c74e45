/** Small typed calls to the HTTP API, as a test client would make them. */
import type { CreateWorkshopResponse, JoinResponse } from '../../shared/api.js';

export async function createWorkshop(url: string, organiserKey: string, title = 'UPR follow-up workshop'): Promise<CreateWorkshopResponse> {
  const response = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { authorization: `Bearer ${organiserKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title, country: 'Mongolia', startsOn: '2015-06-01', endsOn: '2015-06-03' }),
  });
  if (response.status !== 201) throw new Error(`create workshop: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateWorkshopResponse;
}

export async function joinWorkshop(
  url: string,
  workshop: Pick<CreateWorkshopResponse, 'id' | 'joinCode'>,
  name: string,
  organisation = 'Mongolian Women’s Fund',
  /** A dialogue day's layer and body (`shared/dialogue.ts`). */
  layer: { layer?: string; body?: string } = {},
): Promise<JoinResponse> {
  const response = await fetch(`${url}/api/workshops/${workshop.id}/participants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ joinCode: workshop.joinCode, name, organisation, ...layer }),
  });
  if (response.status !== 201) throw new Error(`join: ${response.status} ${await response.text()}`);
  return (await response.json()) as JoinResponse;
}

/** POSTs a raw body and returns status and parsed JSON. */
export async function postRaw(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as { error?: { code: string; message: string } } & Record<string, unknown> };
}
