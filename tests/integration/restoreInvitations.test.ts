/** The invitation list in `record.json`: exported, restored (twice, into workshops that then hold the same ids), on SQLite and PostgreSQL. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { postRaw } from '../support/api.js';
import type { ControlClient } from '../support/controlClient.js';
import { bothStores, dropSchemas } from '../support/postgres.js';
import { waitFor } from '../support/waitFor.js';
import { openWorkshopRoom, type WorkshopRoom } from '../support/workshopRoom.js';

const SAMPLE = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/invitation-list.csv'));
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const schemas: string[] = [];
afterAll(() => dropSchemas(schemas));

const exportRecord = async (room: WorkshopRoom, id: string, token: string) =>
  (await (await fetch(`${room.server.url}/api/workshops/${id}/export/record.json`, { headers: { authorization: `Bearer ${token}` } })).json()) as WorkshopRecordFile;
const restore = (room: WorkshopRoom, record: unknown) =>
  postRaw(`${room.server.url}/api/workshops/import`, JSON.stringify(record), { authorization: `Bearer ${room.server.organiserKey}` });

/** A workshop under its list: the sample imported, one delegate admitted to OSF by a spelling, one newcomer waiting, entry by invitation. */
async function listedWorkshop(room: WorkshopRoom): Promise<ControlClient> {
  const facilitator = await room.connect(room.workshop.facilitatorToken);
  const imported = await fetch(`${room.server.url}/api/workshops/${room.workshop.id}/invitations/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${room.workshop.facilitatorToken}`, 'content-type': 'text/csv' },
    body: SAMPLE,
  });
  expect(imported.status).toBe(200);
  const tuya = await room.join('Tuya Batbayar', 'OSF Mongolia');
  await room.join('Bat', 'Someone unlisted');
  await waitFor(() => facilitator.latest()!.accreditation.waiting.length === 2, 'both waiting');
  const osf = facilitator.latest()!.accreditation.list!.organisations.find((org) => org.name === 'Open Society Forum Mongolia')!;
  const delegate = facilitator.latest()!.accreditation.list!.delegates.find((d) => d.name === 'Tuya Batbayar')!;
  expect(await facilitator.send('participant:admit', { participantId: tuya.participantId, organisationId: osf.id, delegateId: delegate.id })).toMatchObject({ ok: true });
  expect(await facilitator.send('workshop:entry-mode', { mode: 'invited' })).toEqual({ ok: true });
  return facilitator;
}

function workshopCount(room: WorkshopRoom): number {
  const db = new Database(path.join(room.server.dataDir, 'convene.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM workshops').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** The invitations of a record with participant ids replaced by names, so two restores compare. */
function byName(record: WorkshopRecordFile) {
  const names = new Map(record.attendance.map((person) => [person.participantId, person.name]));
  return { ...record.invitations, accreditations: record.invitations.accreditations.map((a) => ({ ...a, participantId: names.get(a.participantId) })) };
}

const stores = bothStores(schemas);

describe.each(stores)('the invitation list through record.json (%s)', (_store, options) => {
  it('comes back whole, twice: organisations, spellings, delegates, ballot holders, returning flags, standings and the entry mode', async () => {
    const room = await openWorkshopRoom(cleanups, await options());
    await listedWorkshop(room);
    const original = await exportRecord(room, room.workshop.id, room.workshop.facilitatorToken);
    expect(original.version).toBeGreaterThanOrEqual(3);
    expect(original.invitations.organisations).toHaveLength(4);
    expect(original.invitations.accreditations.map((a) => a.admission).sort()).toEqual(['admitted', 'waiting']);

    const restored: CreateWorkshopResponse[] = [];
    for (const attempt of [1, 2]) {
      const answer = await restore(room, original);
      expect(answer.status, `restore ${attempt}: ${answer.body.error?.message}`).toBe(201);
      restored.push(answer.body as unknown as CreateWorkshopResponse);
    }
    for (const copy of restored) {
      const again = await exportRecord(room, copy.id, copy.facilitatorToken);
      expect(again.invitations.organisations).toEqual(original.invitations.organisations);
      expect(byName(again)).toEqual(byName(original));
      expect(again.control.entryMode).toBe('invited');
      expect(again.control.returningOrganisations).toEqual(original.control.returningOrganisations);
      const strip = (r: WorkshopRecordFile) => r.attendance.map(({ participantId: _id, ...rest }) => rest);
      expect(strip(again)).toEqual(strip(original));
    }

    // Each copy is a list of its own under the same ids: a change in one leaves the other.
    const [first, second] = [await room.connect(restored[0]!.facilitatorToken), await room.connect(restored[1]!.facilitatorToken)];
    expect(first.latest()!.accreditation).toMatchObject({ inForce: true, waitingCount: 1 });
    const globe = first.latest()!.accreditation.list!.organisations.find((org) => org.name === 'Globe International')!;
    expect(await first.send('invitations:save-organisation', { organisationId: globe.id, name: 'Globe International NGO', aliases: ['Globe'], returning: true })).toMatchObject({ ok: true });
    await waitFor(() => first.latest()!.accreditation.list!.organisations.some((org) => org.name === 'Globe International NGO'), 'renamed in the first');
    expect(second.latest()!.accreditation.list!.organisations.find((org) => org.id === globe.id)!.name).toBe('Globe International');
    expect((await exportRecord(room, restored[1]!.id, restored[1]!.facilitatorToken)).invitations.organisations).toEqual(original.invitations.organisations);
  });
});

describe('restoring the invitation list refuses what does not hold together', () => {
  it('restores an older record (version 2) with no list, and answers a broken list with a clear error, creating nothing', async () => {
    const room = await openWorkshopRoom(cleanups);
    await listedWorkshop(room);
    const original = await exportRecord(room, room.workshop.id, room.workshop.facilitatorToken);
    const { invitations, ...older } = original;
    const old = await restore(room, { ...older, version: 2 });
    expect(old.status).toBe(201);
    const oldCopy = old.body as unknown as CreateWorkshopResponse;
    expect((await exportRecord(room, oldCopy.id, oldCopy.facilitatorToken)).invitations).toEqual({ version: 0, organisations: [], delegates: [], accreditations: [] });

    const [osf, other] = invitations.organisations;
    const cases: [unknown, number, RegExp][] = [
      [{ ...original, invitations: undefined }, 400, /invitations/],
      [{ ...original, invitations: { ...invitations, delegates: [{ ...invitations.delegates[0], organisationId: 'nowhere' }] } }, 422, /invitations\.delegates\.0\.organisationId/],
      [{ ...original, invitations: { ...invitations, organisations: [osf, { ...other, id: osf!.id }] } }, 422, /invitations\.organisations: ids must be unique/],
      [{ ...original, invitations: { ...invitations, delegates: invitations.delegates.map((d) => ({ ...d, organisationId: osf!.id, ballotHolder: true })) } }, 422, /one ballot holder/],
      [{ ...original, invitations: { ...invitations, accreditations: [{ ...invitations.accreditations[0], participantId: 'nobody' }] } }, 422, /accreditations\.0\.participantId/],
      [{ ...original, invitations: { ...invitations, accreditations: [{ ...invitations.accreditations[0], delegateId: 'nobody' }] } }, 422, /accreditations\.0\.delegateId/],
      [{ ...original, invitations: { ...invitations, organisations: [{ ...osf, name: '' }] } }, 400, /invitations\.organisations\.0\.name/],
      [{ ...original, invitations: { ...invitations, accreditations: [{ ...invitations.accreditations[0], admission: 'vip' }] } }, 400, /admission/],
      // A spelling two organisations answer to (the live list refuses one: merge them instead).
      [{ ...original, invitations: { ...invitations, organisations: invitations.organisations.map((org, i) => (i === 1 ? { ...org, aliases: [...org.aliases, ` ${osf!.name.toUpperCase()} `] } : org)) } }, 422, new RegExp(`invitations\\.organisations\\.1: .*${osf!.name.toUpperCase()}.* already means another listed organisation`)],
      // A standing under one organisation as a delegate of another.
      [{ ...original, invitations: { ...invitations, accreditations: invitations.accreditations.map((a) => (a.delegateId ? { ...a, organisationId: other!.id } : a)) } }, 422, /accreditations\.\d\.delegateId names a delegate of another organisation/],
      // Beyond what the store's 32-bit version holds.
      [{ ...original, invitations: { ...invitations, version: 2 ** 31 } }, 422, /invitations\.version/],
    ];
    const before = workshopCount(room);
    for (const [record, status, message] of cases) {
      const answer = await restore(room, record);
      expect(answer.status, String(message)).toBe(status);
      expect(answer.body.error?.message).toMatch(message);
    }
    expect(workshopCount(room)).toBe(before);
  });
});

describe('a list stored before its limits were added', () => {
  it('never blocks continuing the workshop as a dialogue day, and its archive still restores', async () => {
    const room = await openWorkshopRoom(cleanups);
    // What an import kept before aliases were limited to 120 characters.
    const long = 'Open Society Forum Mongolia, also known by this long description of its programmes '.repeat(3);
    await room.server.store.editInvitationList(room.workshop.id, { organisations: [{ id: 'org-1', name: 'Open Society Forum Mongolia', aliases: [long], returning: false }] });
    const continued = await postRaw(`${room.server.url}/api/workshops/${room.workshop.id}/continue`, '', { authorization: `Bearer ${room.workshop.facilitatorToken}` });
    expect(continued.status, continued.body.error?.message).toBe(201);
    const original = await exportRecord(room, room.workshop.id, room.workshop.facilitatorToken);
    expect(original.invitations.organisations[0]!.aliases).toEqual([long]);
    const restored = await restore(room, original);
    expect(restored.status, restored.body.error?.message).toBe(201);
    const copy = restored.body as unknown as CreateWorkshopResponse;
    expect((await exportRecord(room, copy.id, copy.facilitatorToken)).invitations.organisations).toEqual(original.invitations.organisations);
  });

  it('a workshop whose control record holds more than a restore once accepted (1001 returning organisations, as a long list flagged returning writes) continues as a dialogue day, and its archive restores', async () => {
    const room = await openWorkshopRoom(cleanups);
    const control = (await room.server.store.loadControl(room.workshop.id))!;
    const returning = Array.from({ length: 1001 }, (_, i) => `Organisation ${i}`);
    await room.server.store.saveControl(room.workshop.id, { ...control, returningOrganisations: returning }, { at: Date.now(), actorRole: 'facilitator', actorName: 'Facilitator', command: 'roster:mark-returning', detail: {} });
    const continued = await postRaw(`${room.server.url}/api/workshops/${room.workshop.id}/continue`, '', { authorization: `Bearer ${room.workshop.facilitatorToken}` });
    expect(continued.status, continued.body.error?.message).toBe(201);
    const restored = await restore(room, await exportRecord(room, room.workshop.id, room.workshop.facilitatorToken));
    expect(restored.status, restored.body.error?.message).toBe(201);
  });
});
