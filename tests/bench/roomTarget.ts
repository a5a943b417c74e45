/**
 * The room the load process joins on each server. On ours that is a real workshop section
 * reached with a facilitator token (one token may open many connections); the reference and the
 * relay take any path, so they get the same URL shape with a placeholder token.
 */
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { Section } from '../../shared/sections.js';
import type { RoomTarget } from './protocol.js';
import type { ServerProcess } from './serverProcess.js';

const PLACEHOLDER_TOKEN = 'bench-token-not-checked';

async function createWorkshop(base: string, organiserKey: string): Promise<CreateWorkshopResponse> {
  const response = await fetch(`${base}/api/workshops`, {
    method: 'POST',
    headers: { authorization: `Bearer ${organiserKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bench workshop' }),
  });
  if (response.status !== 201) throw new Error(`create workshop: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateWorkshopResponse;
}

/** Prepares a room on the server and returns where the load process should connect. */
export async function roomTarget(server: ServerProcess, section: Section): Promise<RoomTarget> {
  const host = `127.0.0.1:${server.port}`;
  if (server.kind !== 'convene') {
    return { wsBase: `ws://${host}/yjs/bench`, section, token: PLACEHOLDER_TOKEN, serverKeepsDocument: server.kind === 'reference' };
  }
  if (!server.organiserKey) throw new Error('our server reported no organiser key');
  const workshop = await createWorkshop(`http://${host}`, server.organiserKey);
  return { wsBase: `ws://${host}/yjs/${workshop.id}`, section, token: workshop.facilitatorToken, serverKeepsDocument: true };
}
