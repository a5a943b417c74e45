import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ack } from '../../shared/errors.js';
import type { WorkshopState } from '../../shared/events.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function control(url: string, token: string | undefined): ControlClient {
  const client = connectControl(url, token);
  cleanups.push(() => client.close());
  return client;
}

const refusal = (socket: Socket) => new Promise<string>((resolve) => socket.on('connect_error', (error) => resolve(error.message)));

describe('control channel', () => {
  it('refuses a handshake without a valid token', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    expect(await refusal(control(server.url, undefined).socket)).toBe('unauthorized');
    expect(await refusal(control(server.url, 'forged-token-forged-token').socket)).toBe('unauthorized');
  });

  it('emits state with who is present, from the server-side identity, and keeps it current', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const facilitator = control(server.url, workshop.facilitatorToken);
    await waitFor(() => facilitator.latest()?.presence.length === 1, 'facilitator sees itself');

    const { token, participantId } = await joinWorkshop(server.url, workshop, 'Saran', 'Globe International');
    const first = control(server.url, token);
    const second = control(server.url, token);
    await waitFor(() => facilitator.latest()?.presence.length === 2 && first.latest() !== null, 'participant present');
    await waitFor(() => facilitator.latest()?.presence.find((p) => p.id === participantId)?.connections === 2, 'two tabs merged');
    expect(facilitator.latest()?.presence.find((p) => p.id === participantId)).toEqual({
      id: participantId,
      name: 'Saran',
      organisation: 'Globe International',
      role: 'participant',
      connections: 2,
    });

    first.close();
    second.close();
    await waitFor(() => facilitator.latest()?.presence.length === 1, 'participant gone');
  });

  it('gathers a crowd of arrivals into a few deltas, and each newcomer gets the state at once', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const watcher = control(server.url, workshop.facilitatorToken);
    await waitFor(() => watcher.latest()?.presence.length === 1, 'watcher present');
    const before = watcher.deltas.length;
    const tokens = await Promise.all(Array.from({ length: 40 }, (_, i) => joinWorkshop(server.url, workshop, `Delegate ${i}`, `Org ${i % 8}`)));
    const crowd = tokens.map(({ token }) => control(server.url, token));
    await waitFor(() => crowd.every((client) => client.latest() !== null), 'every newcomer has a state');
    await waitFor(() => watcher.latest()?.presence.length === 41, 'the watcher sees everyone');
    expect(watcher.deltas.length - before).toBeLessThan(20);
    expect(watcher.resyncs()).toBe(0);
  });

  it('never shows one workshop the presence of another', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const one = await createWorkshop(server.url, server.organiserKey);
    const two = await createWorkshop(server.url, server.organiserKey);
    const watcher = control(server.url, one.facilitatorToken);
    await waitFor(() => watcher.latest() !== null, 'state');
    const other = control(server.url, two.facilitatorToken);
    await waitFor(() => other.latest()?.presence.length === 1, 'other workshop state');
    const answer = (await watcher.socket.timeout(2000).emitWithAck('state:get')) as Ack<{ state: WorkshopState }>;
    expect(answer.ok && answer.state.presence.map((p) => p.role)).toEqual(['facilitator']);
    expect(watcher.latest()?.workshopId).toBe(one.id);
  });
});
