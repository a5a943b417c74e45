/** The workshop's language: chosen at creation, changed by the facilitator, followed by the agenda template. */
import { afterEach, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { joinWorkshop } from '../support/api.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(body: Record<string, unknown>) {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.organiserKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'UPR follow-up', ...body }),
  });
  const workshop = (await response.json()) as CreateWorkshopResponse;
  const connect = async (token: string): Promise<ControlClient> => {
    const client = connectControl(server.url, token);
    cleanups.push(() => client.close());
    await waitFor(() => client.latest() !== null, 'first state');
    return client;
  };
  return { server, workshop, response, connect };
}

describe('the workshop’s language', () => {
  it('a workshop created in Mongolian starts from the Mongolian agenda', async () => {
    const { workshop, connect } = await setup({ language: 'mn' });
    const facilitator = await connect(workshop.facilitatorToken);
    expect(facilitator.latest()!.language).toBe('mn');
    expect(facilitator.latest()!.agenda.days.map((day) => day.title)[2]).toBe('Гуравдугаар өдөр — Үр дүнгийн тунхаг');
  });

  it('an untouched agenda follows a change of language, keeping its ids; one the room edited stays as written', async () => {
    const { workshop, connect } = await setup({});
    const facilitator = await connect(workshop.facilitatorToken);
    const before = facilitator.latest()!;
    expect(before.language).toBe('en');
    expect(await facilitator.send('workshop:language', { language: 'mn' })).toMatchObject({ ok: true, agendaTranslated: true });
    await waitFor(() => facilitator.latest()!.language === 'mn', 'the language changed');
    const after = facilitator.latest()!.agenda;
    expect(after.days[0]!.sessions[0]).toMatchObject({ id: before.agenda.days[0]!.sessions[0]!.id, title: 'Нээлтийн үг', startsAt: '09:00' });

    const first = after.days[0]!.sessions[0]!;
    await facilitator.send('agenda:update-session', { sessionId: first.id, changes: { title: 'Нээлт ба танилцуулга' } });
    expect(await facilitator.send('workshop:language', { language: 'en' })).toMatchObject({ ok: true, agendaTranslated: false });
    await waitFor(() => facilitator.latest()!.language === 'en', 'back to English');
    expect(facilitator.latest()!.agenda.days[0]!.sessions[0]!.title).toBe('Нээлт ба танилцуулга');
  });

  it('only the facilitator changes it; a language Convene does not have is refused', async () => {
    const { server, workshop, connect, response } = await setup({});
    expect(response.status).toBe(201);
    const participant = await connect((await joinWorkshop(server.url, workshop, 'Saran', 'MONFEMNET')).token);
    expect(await participant.send('workshop:language', { language: 'mn' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const facilitator = await connect(workshop.facilitatorToken);
    expect(await facilitator.send('workshop:language', { language: 'fr' as 'en' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const refused = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.organiserKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'X', language: 'fr' }),
    });
    expect(refused.status).toBe(400);
    expect(facilitator.latest()!.language).toBe('en');
  });
});
