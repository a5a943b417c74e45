/**
 * Removing a participant: the facilitator's one command stops their token on every channel at
 * once (HTTP, Yjs, Socket.io), closes what they have open, and keeps what they wrote.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { openWorkshopRoom } from '../support/workshopRoom.js';
import { connectStock, synced, syncRoundTrip } from '../support/yjsClients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Resolves with the close code of the provider's next close. */
function nextClose(provider: { ws: WebSocket | null }): Promise<number> {
  return new Promise((resolve) => provider.ws!.addEventListener('close', (event) => resolve(event.code), { once: true }));
}

describe('removing a participant', () => {
  it('refuses their token on HTTP, Yjs and the control channel, closes their sockets, and keeps what they wrote', async () => {
    const room = await openWorkshopRoom(cleanups);
    const { url } = room.server;
    const workshopId = room.workshop.id;
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const intruder = await room.join('Not Invited', 'Unknown NGO');
    const colleague = await room.join('Saran', 'Globe International');

    const writer = connectStock(url, workshopId, 'experiences', intruder.token);
    cleanups.push(() => writer.destroy());
    await synced(writer);
    writer.text.insert(0, 'Written before the removal. ');
    await syncRoundTrip(writer);
    const control = await room.connect(intruder.token);
    expect((await control.send('hand:raise')).ok).toBe(true);
    const removedNotice = new Promise<void>((resolve) => control.socket.once('session:removed', () => resolve()));
    const yjsClosed = nextClose(writer.provider);

    const answer = await facilitator.send('participant:remove', { participantId: intruder.participantId });
    expect(answer.ok).toBe(true);

    // Open connections: told and closed within a second (polled, not timed).
    await removedNotice;
    await waitFor(() => !control.socket.connected, 'control socket closed');
    expect(await yjsClosed).toBe(CLOSE_CODES.unauthorized);
    // Their raised hand goes with them; their colleague is untouched.
    await waitFor(() => facilitator.latest()!.hands.length === 0, 'hand lowered');

    // New attempts on every channel.
    const me = await fetch(`${url}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${intruder.token}` } });
    expect(me.status).toBe(401);
    const again = connectControl(url, intruder.token);
    cleanups.push(() => again.close());
    const refusal = await new Promise<string>((resolve) => again.socket.once('connect_error', (error) => resolve(error.message)));
    expect(refusal).toBe('unauthorized');
    const reopened = connectStock(url, workshopId, 'experiences', intruder.token);
    cleanups.push(() => reopened.destroy());
    await waitFor(() => reopened.provider.ws !== null, 'socket created');
    expect(await nextClose(reopened.provider)).toBe(CLOSE_CODES.unauthorized);
    expect((await room.connect(colleague.token)).latest()).not.toBeNull();

    // What they wrote stays; the record names the removal.
    const reader = connectStock(url, workshopId, 'experiences', room.workshop.facilitatorToken);
    cleanups.push(() => reader.destroy());
    await synced(reader);
    expect(reader.text.toString()).toBe('Written before the removal. ');
    const audit = facilitator.audits.find((entry) => entry.command === 'participant:remove');
    expect(audit?.detail).toMatchObject({ participantId: intruder.participantId, name: 'Not Invited', organisation: 'Unknown NGO' });
    const record = (await (await fetch(`${url}/api/workshops/${workshopId}/export/record.json`, {
      headers: { authorization: `Bearer ${room.workshop.facilitatorToken}` },
    })).json()) as WorkshopRecordFile;
    const removed = record.attendance.find((entry) => entry.name === 'Not Invited');
    expect(removed?.removedAt).toBeGreaterThan(0);
    expect(record.attendance.find((entry) => entry.name === 'Saran')?.removedAt).toBeNull();
  });

  it('is the facilitator’s alone, and a second removal of the same person is refused as not found', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const target = await room.join('Tuya', 'MONFEMNET');
    const peer = await room.connect((await room.join('Bold', 'MONFEMNET')).token);

    const byPeer = await peer.send('participant:remove', { participantId: target.participantId });
    expect(byPeer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const me = await fetch(`${room.server.url}/api/workshops/${room.workshop.id}/me`, { headers: { authorization: `Bearer ${target.token}` } });
    expect(me.status).toBe(200);

    expect((await facilitator.send('participant:remove', { participantId: target.participantId })).ok).toBe(true);
    expect(await facilitator.send('participant:remove', { participantId: target.participantId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
