import { afterEach, describe, expect, it } from 'vitest';
import { postRaw } from '../support/api.js';
import { waitFor } from '../support/waitFor.js';
import { openWorkshopRoom } from '../support/workshopRoom.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('entry mode', () => {
  it('in an invited workshop the server refuses the join code, says so on the lookup, and opens it again when open', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const projector = await room.connect(room.workshop.projectorToken);
    expect(facilitator.latest()!.entryMode).toBe('open');

    expect(await facilitator.send('workshop:entry-mode', { mode: 'invited' })).toEqual({ ok: true });
    await waitFor(() => projector.latest()!.entryMode === 'invited', 'the screen hears of it');
    const lookup = await fetch(`${room.server.url}/api/join-codes/${room.workshop.joinCode}`);
    expect(await lookup.json()).toMatchObject({ workshopId: room.workshop.id, entryMode: 'invited' });
    const body = JSON.stringify({ joinCode: room.workshop.joinCode, name: 'Mallory', organisation: 'Globe International' });
    const refused = await postRaw(`${room.server.url}/api/workshops/${room.workshop.id}/participants`, body);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/by invitation/);

    expect(await facilitator.send('workshop:entry-mode', { mode: 'open' })).toEqual({ ok: true });
    await expect(room.join('Saran')).resolves.toMatchObject({ token: expect.any(String) });
    const audited = (await facilitator.send('audit:list', { limit: 10 })) as unknown as { entries: { command: string; detail: { mode?: string } }[] };
    expect(audited.entries.filter((entry) => entry.command === 'workshop:entry-mode').map((entry) => entry.detail.mode)).toEqual(['open', 'invited']);
  });

  it('only whoever runs the workshop sets the entry mode', async () => {
    const room = await openWorkshopRoom(cleanups);
    const participant = await room.connect((await room.join('Saran')).token);
    const projector = await room.connect(room.workshop.projectorToken);
    for (const client of [participant, projector]) {
      expect(await client.send('workshop:entry-mode', { mode: 'invited' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    expect(await facilitator.send('workshop:entry-mode', { mode: 'closed' } as never)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(facilitator.latest()!.entryMode).toBe('open');
  });
});
