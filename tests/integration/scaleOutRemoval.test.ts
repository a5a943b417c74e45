/**
 * Removing a participant across instances (child processes on one PostgreSQL schema and Redis):
 * the facilitator's command on A closes what the person holds open on B within a second, and B
 * refuses their token on HTTP, Yjs and the control channel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { createWorkshop, joinWorkshop, postRaw } from '../support/api.js';
import { startCluster } from '../support/cluster.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { connectStock, synced } from '../support/yjsClients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function connect(url: string, token: string): Promise<ControlClient> {
  const client = connectControl(url, token);
  cleanups.push(() => client.close());
  await waitFor(() => client.latest() !== null, 'first state');
  return client;
}

/** Resolves with the close code and the time of the provider's next close. */
function nextClose(provider: { ws: WebSocket | null }): Promise<{ code: number; at: number }> {
  return new Promise((resolve) => provider.ws!.addEventListener('close', (event) => resolve({ code: event.code, at: Date.now() }), { once: true }));
}

describe('removing a participant across instances', { timeout: 90_000 }, () => {
  it('closes their sockets on the other instance within a second, and that instance refuses their token on every channel', async () => {
    const nodes = await startCluster({ instances: 2 });
    cleanups.push(() => nodes.stopAll());
    const [a, b] = [nodes.url(0), nodes.url(1)];
    const workshop = await createWorkshop(a, nodes.organiserKey);
    const facilitator = await connect(a, workshop.facilitatorToken);
    const intruder = await joinWorkshop(b, workshop, 'Not Invited', 'Unknown NGO');
    const colleague = await joinWorkshop(b, workshop, 'Saran', 'Globe International');

    const control = await connect(b, intruder.token);
    const stays = await connect(b, colleague.token);
    const writer = connectStock(b, workshop.id, 'experiences', intruder.token);
    cleanups.push(() => writer.destroy());
    await synced(writer);
    const removed = new Promise<number>((resolve) => control.socket.once('session:removed', () => resolve(Date.now())));
    const controlClosed = new Promise<number>((resolve) => control.socket.once('disconnect', () => resolve(Date.now())));
    const yjsClosed = nextClose(writer.provider);

    const answer = await facilitator.send('participant:remove', { participantId: intruder.participantId });
    expect(answer.ok).toBe(true);
    const answeredAt = Date.now();

    // B closes both within a second of A's answer, and tells the control socket why.
    const tooLate = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('B did not close the sockets within 5 s')), 5000).unref());
    const [noticeAt, closedAt, yjs] = await Promise.race([Promise.all([removed, controlClosed, yjsClosed]), tooLate]);
    expect(yjs.code).toBe(CLOSE_CODES.unauthorized);
    expect(Math.max(noticeAt, closedAt, yjs.at) - answeredAt).toBeLessThan(1000);
    expect(stays.socket.connected).toBe(true);

    // B refuses the token on HTTP, the control channel and Yjs.
    const me = await fetch(`${b}/api/workshops/${workshop.id}/me`, { headers: { authorization: `Bearer ${intruder.token}` } });
    expect(me.status).toBe(401);
    const again = connectControl(b, intruder.token);
    cleanups.push(() => again.close());
    expect(await new Promise<string>((resolve) => again.socket.once('connect_error', (error) => resolve(error.message)))).toBe('unauthorized');
    const reopened = connectStock(b, workshop.id, 'experiences', intruder.token);
    cleanups.push(() => reopened.destroy());
    await waitFor(() => reopened.provider.ws !== null, 'socket created');
    expect((await nextClose(reopened.provider)).code).toBe(CLOSE_CODES.unauthorized);
    // The colleague on B is untouched and still welcome.
    expect((await fetch(`${b}/api/workshops/${workshop.id}/me`, { headers: { authorization: `Bearer ${colleague.token}` } })).status).toBe(200);
  });

  it('a layer corrected on A closes what the person holds open on B, which then refuses the CSO-only strategy', async () => {
    const nodes = await startCluster({ instances: 2 });
    cleanups.push(() => nodes.stopAll());
    const [a, b] = [nodes.url(0), nodes.url(1)];
    const origin = await createWorkshop(a, nodes.organiserKey);
    const continued = await postRaw(`${a}/api/workshops/${origin.id}/continue`, '', { authorization: `Bearer ${origin.facilitatorToken}` });
    expect(continued.status).toBe(201);
    const day = continued.body as unknown as CreateWorkshopResponse;
    const facilitator = await connect(a, day.facilitatorToken);
    const misfiled = await joinWorkshop(b, day, 'Oyun', 'Ministry of Education', { layer: 'cso' });
    const strategy = connectStock(b, day.id, 'strategy', misfiled.token);
    cleanups.push(() => strategy.destroy());
    await synced(strategy);
    // Every close of the provider's sockets, in order: the reconnect and its refusal may both come between two polls.
    const closes: number[] = [];
    strategy.provider.on('connection-close', (event: { code: number } | null) => closes.push(event?.code ?? 0));

    const answer = await facilitator.send('participant:layer', { participantId: misfiled.participantId, layer: 'government', body: 'Ministry of Education' });
    expect(answer.ok).toBe(true);
    // B closes the strategy at once; reconnecting on B as who they are now, it is refused.
    await waitFor(() => closes.length >= 2, 'the strategy closed, then refused on reconnecting');
    expect(closes.slice(0, 2)).toEqual([CLOSE_CODES.documentReloading, CLOSE_CODES.forbidden]);
  });
});
