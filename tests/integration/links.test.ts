import http from 'node:http';
import type os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse, MeResponse } from '../../shared/api.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { startTestServer } from '../support/testServer.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const venueWifi = () => ({
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true } as os.NetworkInterfaceInfo],
  wlan0: [{ address: '192.168.1.23', family: 'IPv4', internal: false } as os.NetworkInterfaceInfo],
});

/** POSTs with a Host header of the caller's choosing, which `fetch` would not send. */
function createWithHost(url: string, organiserKey: string, host: string): Promise<CreateWorkshopResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/api/workshops`, {
      method: 'POST',
      headers: { host, authorization: `Bearer ${organiserKey}`, 'content-type': 'application/json' },
    });
    request.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve(JSON.parse(body) as CreateWorkshopResponse));
    });
    request.on('error', reject);
    request.end(JSON.stringify({ title: 'Host header' }));
  });
}

const me = async (url: string, workshopId: string, token: string) =>
  (await (await fetch(`${url}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as MeResponse;

describe('the links the organiser page hands out', () => {
  it('use the LAN address when the server has one, and say phones can open them', async () => {
    server = await startTestServer({ networkInterfaces: venueWifi });
    const created = await createWorkshop(server.url, server.organiserKey);
    const lan = `http://192.168.1.23:${server.port}`;
    expect(created.links.reach).toBe('network');
    expect(created.links.join).toBe(`${lan}/join?code=${created.joinCode}`);
    expect(created.links.projector).toBe(`${lan}/w/${created.id}/projector#token=${created.projectorToken}`);
    expect(created.links.facilitator).toBe(`${lan}/w/${created.id}/facilitator#token=${created.facilitatorToken}&projector=${created.projectorToken}`);
  });

  it('never take their address from the Host header a request sends', async () => {
    server = await startTestServer({ networkInterfaces: venueWifi });
    const created = await createWithHost(server.url, server.organiserKey, 'attacker.example');
    for (const link of Object.values(created.links)) expect(link).not.toContain('attacker.example');
    expect(created.links.join.startsWith(`http://192.168.1.23:${server.port}/`)).toBe(true);
  });

  it('say localhost and warn when the server has no network address', async () => {
    server = await startTestServer();
    const created = await createWorkshop(server.url, server.organiserKey);
    expect(created.links.reach).toBe('local');
    expect(created.links.join.startsWith(`http://localhost:${server.port}/`)).toBe(true);
  });

  it('start with PUBLIC_URL when it is set', async () => {
    server = await startTestServer({ networkInterfaces: venueWifi, publicUrl: 'https://convene.example.org' });
    const created = await createWorkshop(server.url, server.organiserKey);
    expect(created.links).toMatchObject({ reach: 'public', join: `https://convene.example.org/join?code=${created.joinCode}` });
  });

  it('reach the facilitator and the projector through who-am-I, never a participant', async () => {
    server = await startTestServer({ networkInterfaces: venueWifi });
    const created = await createWorkshop(server.url, server.organiserKey);
    const joined = await joinWorkshop(server.url, created, 'Oyunaa');
    const base = { url: `http://192.168.1.23:${server.port}`, reach: 'network' };
    expect((await me(server.url, created.id, created.facilitatorToken)).linkBase).toEqual(base);
    expect((await me(server.url, created.id, created.projectorToken)).linkBase).toEqual(base);
    expect((await me(server.url, created.id, joined.token)).linkBase).toBeNull();
  });
});
