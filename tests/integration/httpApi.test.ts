import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../shared/api.js';
import { createWorkshop, joinWorkshop, postRaw } from '../support/api.js';
import { startTestServer } from '../support/testServer.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const me = (workshopId: string, token: string) =>
  fetch(`${server.url}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${token}` } });

describe('HTTP API', () => {
  it('answers the health check', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('creates a workshop only with the organiser key', async () => {
    const body = JSON.stringify({ title: 'UPR' });
    expect((await postRaw(`${server.url}/api/workshops`, body)).status).toBe(401);
    const wrong = await postRaw(`${server.url}/api/workshops`, body, { authorization: 'Bearer not-the-key-at-all' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.code).toBe('unauthorized');

    const created = await createWorkshop(server.url, server.organiserKey);
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(created.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(created.links.facilitator).toBe(`${server.url}/w/${created.id}/facilitator#token=${created.facilitatorToken}&projector=${created.projectorToken}`);
    expect(created.links.projector).toContain(`#token=${created.projectorToken}`);
    expect(created.links.join).toContain(created.joinCode);
  });

  it('names the fields that are wrong when creating a workshop', async () => {
    const headers = { authorization: `Bearer ${server.organiserKey}` };
    const missing = await postRaw(`${server.url}/api/workshops`, '{}', headers);
    expect(missing.status).toBe(400);
    expect(missing.body.error?.message).toContain('title');
    const dates = await postRaw(`${server.url}/api/workshops`, JSON.stringify({ title: 'x', startsOn: '2015-06-03', endsOn: '2015-06-01' }), headers);
    expect(dates.status).toBe(400);
    expect(dates.body.error?.message).toContain('endsOn');
  });

  it('lets a participant join with the code, forgiving case and dashes', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const typed = `${workshop.joinCode.slice(0, 3).toLowerCase()}-${workshop.joinCode.slice(3)}`;
    const joined = await joinWorkshop(server.url, { id: workshop.id, joinCode: typed }, 'Оюунчимэг', 'Монголын Эмэгтэйчүүдийн Сан');
    const response = await me(workshop.id, joined.token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as MeResponse;
    expect(body.identity).toEqual({
      role: 'participant',
      workshopId: workshop.id,
      participantId: joined.participantId,
      name: 'Оюунчимэг',
      organisation: 'Монголын Эмэгтэйчүүдийн Сан',
      layer: 'cso',
      body: null,
    });
    expect(body.workshop.title).toBe('UPR follow-up workshop');
  });

  it('refuses bad joins with a clear 4xx and never a stack trace', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const url = `${server.url}/api/workshops/${workshop.id}/participants`;
    const cases: [string, number, string][] = [
      ['{"joinCode":', 400, 'not valid JSON'],
      ['[]', 400, 'body'],
      [JSON.stringify({ joinCode: workshop.joinCode, name: 'A' }), 400, 'organisation'],
      [JSON.stringify({ joinCode: workshop.joinCode, name: '   ', organisation: 'X' }), 400, 'name'],
      [JSON.stringify({ joinCode: 'ZZZZZZ', name: 'A', organisation: 'B' }), 403, 'join code'],
      [JSON.stringify({ joinCode: '!!', name: 'A', organisation: 'B' }), 400, 'joinCode'],
      [JSON.stringify({ joinCode: workshop.joinCode, name: 'A'.repeat(500), organisation: 'B' }), 400, 'name'],
    ];
    for (const [body, status, mentions] of cases) {
      const answer = await postRaw(url, body);
      expect(answer.status, body).toBe(status);
      expect(answer.body.error?.message, body).toContain(mentions);
      expect(JSON.stringify(answer.body)).not.toMatch(/at .*\.ts:\d+/);
    }
    const unknown = await postRaw(`${server.url}/api/workshops/nope/participants`, JSON.stringify({ joinCode: workshop.joinCode, name: 'A', organisation: 'B' }));
    expect(unknown.status).toBe(404);
    const huge = await postRaw(url, JSON.stringify({ joinCode: workshop.joinCode, name: 'x'.repeat(100_000), organisation: 'B' }));
    expect(huge.status).toBe(413);
  });

  it('resolves a join code to its workshop, and only a real one', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey, 'Mongolia UPR 2015');
    const found = await fetch(`${server.url}/api/join-codes/${workshop.joinCode.toLowerCase()}`);
    expect(await found.json()).toEqual({ workshopId: workshop.id, title: 'Mongolia UPR 2015', entryMode: 'open', dialogue: false });
    expect((await fetch(`${server.url}/api/join-codes/AAAAAA`)).status).toBe(404);
  });

  it('a token opens only its own workshop', async () => {
    const one = await createWorkshop(server.url, server.organiserKey);
    const two = await createWorkshop(server.url, server.organiserKey);
    expect((await me(two.id, one.facilitatorToken)).status).toBe(403);
    expect((await me(one.id, 'forged-token-forged-token')).status).toBe(401);
    const projector = (await (await me(one.id, one.projectorToken)).json()) as MeResponse;
    expect(projector.identity.role).toBe('projector');
  });

  it('200 joins within a minute from one address all succeed (a venue shares one address)', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const joins = Array.from({ length: 200 }, (_, i) => joinWorkshop(server.url, workshop, `Delegate ${i}`, `Org ${i % 40}`));
    const joined = await Promise.all(joins);
    expect(new Set(joined.map((j) => j.token)).size).toBe(200);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await fetch(`${server.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
