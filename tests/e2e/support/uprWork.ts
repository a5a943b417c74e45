/** Seeds the UPR work for browser tests: import the 2010 recommendations, move the room to a stage. */
import fs from 'node:fs';
import path from 'node:path';
import type { CreateWorkshopResponse } from '../../../shared/api.js';
import type { Stage } from '../../../shared/agenda.js';
import { connectControl } from '../../support/controlClient.js';
import { waitFor } from '../../support/waitFor.js';
import type { TestServer } from './server.js';

/** Mongolia's 129 recommendations of 2010 in the UN matrix layout (the demo's copy, always in the repository). */
export const MONGOLIA_2010_CSV = path.resolve('server/demo/mongolia-2010-upr-recommendations.csv');

/** Imports the 2010 file through the endpoint, as `current` (to triage) or `previous`. */
export async function importMongolia2010(server: TestServer, workshop: CreateWorkshopResponse, cycle: 'current' | 'previous'): Promise<void> {
  const response = await fetch(`${server.url}/api/workshops/${workshop.id}/recommendations/import?cycle=${cycle}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${workshop.facilitatorToken}`, 'Content-Type': 'text/csv' },
    body: fs.readFileSync(MONGOLIA_2010_CSV),
  });
  if (response.status !== 200) throw new Error(`import failed: ${response.status} ${await response.text()}`);
}

/** Moves the room to the first session of `stage`, as the facilitator's console would. */
export async function moveRoomTo(server: TestServer, workshop: CreateWorkshopResponse, stage: Stage): Promise<void> {
  const control = connectControl(server.url, workshop.facilitatorToken);
  try {
    await waitFor(() => control.latest() !== null, 'the control state');
    const session = control.latest()?.agenda.days.flatMap((day) => day.sessions).find((s) => s.stage === stage);
    if (!session) throw new Error(`no session of stage ${stage}`);
    const answer = await control.send('stage:go', { sessionId: session.id });
    if (!answer.ok) throw new Error(`stage:go refused: ${answer.error.message}`);
  } finally {
    control.close();
  }
}
