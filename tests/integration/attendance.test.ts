import { afterEach, describe, expect, it } from 'vitest';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { waitFor } from '../support/waitFor.js';
import { openWorkshopRoom } from '../support/workshopRoom.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('attendance', () => {
  it('records each agenda session a participant was connected in, once, and none before the agenda starts', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const [first, second] = facilitator.latest()!.agenda.days[0]!.sessions;
    const early = await room.connect((await room.join('Saran', 'MONFEMNET')).token);
    await facilitator.send('stage:go', { sessionId: first!.id });
    await facilitator.send('stage:go', { sessionId: second!.id });
    const late = await room.connect((await room.join('Tuya', 'Globe International')).token);
    late.close();
    await facilitator.send('stage:go', { sessionId: first!.id });
    early.close();
    const record = async () =>
      (await (await fetch(`${room.server.url}/api/workshops/${room.workshop.id}/export/record.json`, {
        headers: { authorization: `Bearer ${room.workshop.facilitatorToken}` },
      })).json()) as WorkshopRecordFile;
    await waitFor(async () => (await record()).attendance.every((a) => a.sessions.length > 0), 'attendance stored');
    const byName = Object.fromEntries((await record()).attendance.map((a) => [a.name, a.sessions.map((s) => s.title)]));
    expect(byName).toEqual({ Saran: [first!.title, second!.title], Tuya: [second!.title] });
  });
});
