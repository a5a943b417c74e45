import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { postRaw } from '../support/api.js';
import { connectControl } from '../support/controlClient.js';
import { startTestServer } from '../support/testServer.js';
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

/** A workshop with two listed organisations and three delegates, each given a personal link. */
async function invitedRoom(options: Parameters<typeof openWorkshopRoom>[1] = {}) {
  const room = await openWorkshopRoom(cleanups, options);
  await room.server.store.editInvitationList(room.workshop.id, {
    organisations: [
      { id: 'o-mwf', name: 'Mongolian Women’s Fund', aliases: ['MONES'], returning: true },
      { id: 'o-globe', name: 'Globe International', aliases: [], returning: false },
    ],
    delegates: [
      { id: 'd-saran', organisationId: 'o-mwf', name: 'Saran', contact: null, ballotHolder: true },
      { id: 'd-bold', organisationId: 'o-mwf', name: 'Bold', contact: '+976 9911 2233', ballotHolder: false },
      { id: 'd-oyuna', organisationId: 'o-globe', name: 'Oyuna', contact: 'oyuna@example.org', ballotHolder: true },
    ],
  });
  const facilitator = await room.connect(room.workshop.facilitatorToken);
  const answer = await facilitator.send('invitation:issue', { delegateIds: ['d-saran', 'd-bold', 'd-oyuna'] });
  if (!answer.ok) throw new Error(answer.error.message);
  const secrets = Object.fromEntries(answer.issued.map(({ delegateId, secret }) => [delegateId, secret]));
  return { room, facilitator, secrets };
}

async function claim(url: string, workshopId: string, invitation: string, deviceToken?: string) {
  return postRaw(`${url}/api/workshops/${workshopId}/invitation-claims`, JSON.stringify({ invitation, deviceToken })) as Promise<{
    status: number;
    body: { participantId: string; token: string; resumed: boolean; error?: { code: string; message: string } };
  }>;
}

describe('personal invitation links', () => {
  it('a link opens a session once per device: the same device resumes it, a second device joins the same delegate', async () => {
    const { room, facilitator, secrets } = await invitedRoom();
    await facilitator.send('workshop:entry-mode', { mode: 'invited' });
    const url = room.server.url;
    const id = room.workshop.id;

    const laptop = await claim(url, id, secrets['d-saran']!);
    expect(laptop.status).toBe(201);
    const saran = await room.connect(laptop.body.token);
    // Accredited to the canonical organisation and admitted: she sees the workshop, not a waiting room.
    expect(saran.latest()!.presence.map((entry) => [entry.name, entry.organisation])).toEqual([['Saran', 'Mongolian Women’s Fund']]);

    const again = await claim(url, id, secrets['d-saran']!, laptop.body.token);
    expect(again).toMatchObject({ status: 200, body: { participantId: laptop.body.participantId, token: laptop.body.token, resumed: true } });

    const phone = await claim(url, id, secrets['d-saran']!);
    expect(phone.status).toBe(201);
    expect(phone.body.participantId).toBe(laptop.body.participantId);
    expect(phone.body.token).not.toBe(laptop.body.token);
    await room.connect(phone.body.token);
    await waitFor(() => facilitator.latest()!.headcount.participants === 1 && facilitator.latest()!.presence.some((p) => p.connections === 2), 'one delegate on two devices');

    // A third and a fourth device: the link opens at most three.
    expect((await claim(url, id, secrets['d-saran']!)).status).toBe(201);
    const fourth = await claim(url, id, secrets['d-saran']!);
    expect(fourth.status).toBe(409);

    // Another workshop's id, a made-up secret: refused, nothing made.
    expect((await claim(url, 'elsewhere', secrets['d-bold']!)).status).toBe(401);
    expect((await claim(url, id, 'x'.repeat(43))).status).toBe(401);
    expect((await room.server.store.listParticipants(id)).map((p) => p.name)).toEqual(['Saran']);
  });

  it('a replaced link is refused at once, its devices signed out on every channel; the new one works', async () => {
    const { room, facilitator, secrets } = await invitedRoom();
    const first = await claim(room.server.url, room.workshop.id, secrets['d-oyuna']!);
    const oyuna = await room.connect(first.body.token);
    let removedNotice = false;
    oyuna.socket.on('session:removed', () => (removedNotice = true));

    const reissued = await facilitator.send('invitation:issue', { delegateIds: ['d-oyuna'], replace: true });
    if (!reissued.ok) throw new Error(reissued.error.message);
    await waitFor(() => removedNotice && !oyuna.socket.connected, 'old session closed');
    expect((await claim(room.server.url, room.workshop.id, secrets['d-oyuna']!)).status).toBe(401);
    expect((await claim(room.server.url, room.workshop.id, secrets['d-oyuna']!, first.body.token)).status).toBe(401);
    const me = await fetch(`${room.server.url}/api/workshops/${room.workshop.id}/me`, { headers: { authorization: `Bearer ${first.body.token}` } });
    expect(me.status).toBe(401);

    const fresh = await claim(room.server.url, room.workshop.id, reissued.issued[0]!.secret, first.body.token);
    expect(fresh.status).toBe(201);
    expect(fresh.body.participantId).not.toBe(first.body.participantId);

    // Without replace, a delegate who has a link is skipped; the audit names delegates, never a secret.
    const skipped = await facilitator.send('invitation:issue', { delegateIds: ['d-oyuna'] });
    expect(skipped).toEqual({ ok: true, issued: [] });
    const audit = (await facilitator.send('audit:list', { limit: 20 })) as unknown as { entries: { command: string; detail: unknown }[] };
    const text = JSON.stringify(audit.entries);
    expect(audit.entries.filter((entry) => entry.command === 'invitation:issue')).toHaveLength(3);
    for (const secret of [...Object.values(secrets), reissued.issued[0]!.secret]) expect(text).not.toContain(secret);

    // Withdrawn: the link opens nothing and its session ends.
    const session = await room.connect(fresh.body.token);
    expect(await facilitator.send('invitation:revoke', { delegateId: 'd-oyuna' })).toEqual({ ok: true });
    await waitFor(() => !session.socket.connected, 'withdrawn session closed');
    expect((await claim(room.server.url, room.workshop.id, reissued.issued[0]!.secret)).status).toBe(401);
  });

  it('only whoever runs the workshop issues links, and only for delegates on its list', async () => {
    const { room, facilitator, secrets } = await invitedRoom();
    const participant = await room.connect((await claim(room.server.url, room.workshop.id, secrets['d-bold']!)).body.token);
    const projector = await room.connect(room.workshop.projectorToken);
    for (const client of [participant, projector]) {
      expect(await client.send('invitation:issue', { delegateIds: ['d-bold'], replace: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await client.send('roster:list')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await facilitator.send('invitation:issue', { delegateIds: ['nobody'] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await facilitator.send('invitation:issue', { delegateIds: [] })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('survives a restart: the same device resumes, a new device still gets in, and last seen is kept', async () => {
    const first = await invitedRoom();
    const { dataDir } = first.room.server;
    const laptop = await claim(first.room.server.url, first.room.workshop.id, first.secrets['d-bold']!);
    const bold = await first.room.connect(laptop.body.token);
    const closedAt = Date.now();
    bold.close();
    const stored = async () => (await first.room.server.store.listLastSeen(first.room.workshop.id))[0]?.lastSeenAt ?? 0;
    await waitFor(async () => (await stored()) >= closedAt, 'the departure stored');
    const lastSeenAt = await stored();
    await first.room.server.close();

    const second = await startTestServer({ dataDir });
    cleanups.push(() => second.close());
    const resumed = await claim(second.url, first.room.workshop.id, first.secrets['d-bold']!, laptop.body.token);
    expect(resumed).toMatchObject({ status: 200, body: { participantId: laptop.body.participantId, resumed: true } });
    const phone = await claim(second.url, first.room.workshop.id, first.secrets['d-bold']!);
    expect(phone.body.participantId).toBe(laptop.body.participantId);

    const facilitator = connectControl(second.url, first.room.workshop.facilitatorToken);
    cleanups.push(() => facilitator.close());
    await waitFor(() => facilitator.latest() !== null, 'facilitator state');
    const answer = await facilitator.send('roster:list');
    if (!answer.ok) throw new Error(answer.error.message);
    const mwf = answer.roster.organisations.find((organisation) => organisation.name === 'Mongolian Women’s Fund')!;
    const boldRow = mwf.people.find((person) => person.name === 'Bold')!;
    expect(boldRow).toMatchObject({ present: false, admission: 'admitted', lastSeenAt, participantIds: [laptop.body.participantId] });
  });
});

describe('the attendance roster', () => {
  it('by organisation: registered, admitted, present now, absent with last seen, first-time organisations marked', async () => {
    const { room, facilitator, secrets } = await invitedRoom();
    const saran = await room.connect((await claim(room.server.url, room.workshop.id, secrets['d-saran']!)).body.token);
    const oyunaToken = (await claim(room.server.url, room.workshop.id, secrets['d-oyuna']!)).body.token;
    const oyuna = await room.connect(oyunaToken);
    // With the list in force, a join with the code waits for the facilitator to admit it.
    await room.join('Tuya', 'Citizens’ Hall');
    oyuna.close();
    await waitFor(() => facilitator.latest()!.headcount.participants === 1, 'Oyuna gone');

    const answer = await facilitator.send('roster:list');
    if (!answer.ok) throw new Error(answer.error.message);
    const { roster } = answer;
    expect(roster.counts).toEqual({ registered: 3, admitted: 2, present: 1 });
    expect(roster.organisations.map((o) => [o.name, o.firstTime])).toEqual([
      ['Globe International', true],
      ['Mongolian Women’s Fund', false],
      ['Citizens’ Hall', true],
    ]);
    const people = Object.fromEntries(roster.organisations.flatMap((o) => o.people).map((p) => [p.name, p]));
    expect(people.Saran).toMatchObject({ present: true, admission: 'admitted', delegateId: 'd-saran' });
    expect(people.Bold).toMatchObject({ present: false, admission: null, participantIds: [], lastSeenAt: null, linkIssuedAt: expect.any(Number) });
    expect(people.Oyuna).toMatchObject({ present: false, admission: 'admitted' });
    expect(people.Oyuna!.lastSeenAt).toEqual(expect.any(Number));
    expect(people.Tuya).toMatchObject({ delegateId: null, present: false, admission: 'waiting' });

    // Reconnecting moves last seen on, and present again.
    const before = people.Oyuna!.lastSeenAt!;
    const back = await room.connect(oyunaToken);
    back.close();
    await waitFor(async () => {
      const again = await facilitator.send('roster:list');
      const row = again.ok ? again.roster.organisations.flatMap((o) => o.people).find((p) => p.name === 'Oyuna') : null;
      return !!row && row.lastSeenAt! > before;
    }, 'last seen moved on');
    saran.close();
  });

  it('the attendance export lists who was accredited for which organisation, admitted when, last seen and removed', async () => {
    const { room, facilitator, secrets } = await invitedRoom();
    const saran = (await claim(room.server.url, room.workshop.id, secrets['d-saran']!)).body;
    (await room.connect(saran.token)).close();
    await room.join('Tuya', 'MONES');
    await waitFor(async () => (await room.server.store.listLastSeen(room.workshop.id)).length === 1, 'last seen stored');
    await facilitator.send('invitation:issue', { delegateIds: ['d-saran'], replace: true });

    const response = await fetch(`${room.server.url}/api/workshops/${room.workshop.id}/export/attendance.csv`, {
      headers: { authorization: `Bearer ${room.workshop.facilitatorToken}` },
    });
    const rowsRead: string[][] = parse((await response.text()).replace(/^\uFEFF/, ''));
    const [header, ...rows] = rowsRead;
    const column = (row: string[], name: string) => row[header!.indexOf(name)];
    const saranRow = rows.find((row) => column(row, 'Name') === 'Saran')!;
    expect(column(saranRow, 'Accredited organisation')).toBe('Mongolian Women’s Fund');
    expect(column(saranRow, 'Listed delegate')).toBe('Saran');
    expect(column(saranRow, 'Admission')).toBe('admitted');
    expect(column(saranRow, 'Admitted at')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(column(saranRow, 'Last seen at')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Her replaced link signed that session out: the record says when.
    expect(column(saranRow, 'Removed at')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const tuyaRow = rows.find((row) => column(row, 'Name') === 'Tuya')!;
    expect(column(tuyaRow, 'Listed delegate')).toBe('');
  });
});
