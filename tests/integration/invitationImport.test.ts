/** Importing the invitation list: the sample CSV, a workbook, a file in an older Windows encoding, and a broken one that imports nothing. */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../support/waitFor.js';
import { openWorkshopRoom, type WorkshopRoom } from '../support/workshopRoom.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const SAMPLE = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/invitation-list.csv'));

async function upload(room: WorkshopRoom, body: Uint8Array, contentType = 'text/csv', token = room.workshop.facilitatorToken) {
  const response = await fetch(`${room.server.url}/api/workshops/${room.workshop.id}/invitations/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('invitation list import', () => {
  it('imports the sample CSV: organisations with aliases, delegates, ballot holders; the console sees it, the record says so', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    expect(await upload(room, SAMPLE)).toEqual({ status: 200, body: { organisations: 4, delegates: 4, listVersion: 1 } });
    await waitFor(() => facilitator.latest()!.accreditation.list?.organisations.length === 4, 'list shown');
    const list = facilitator.latest()!.accreditation.list!;
    const osf = list.organisations.find((org) => org.name === 'Open Society Forum Mongolia')!;
    expect(osf).toMatchObject({ aliases: ['OSF', 'OSF Mongolia'], returning: true });
    expect(list.delegates.filter((d) => d.organisationId === osf.id).map((d) => [d.name, d.contact, d.ballotHolder])).toEqual([
      ['Naraa Dorj', '+976 9911 2233', false],
      ['Tuya Batbayar', 'tuya@example.org', true],
    ]);
    expect(list.organisations.map((org) => org.name)).toContain('Монголын эмэгтэйчүүдийн сан');
    // The returning flag of the list is what the room's record shows.
    expect(facilitator.latest()!.returningOrganisations).toEqual(['Globe International', 'Open Society Forum Mongolia']);
    expect(facilitator.latest()!.accreditation.inForce).toBe(true);

    // Importing again changes no one's id and adds nobody twice.
    expect((await upload(room, SAMPLE)).status).toBe(200);
    await waitFor(() => facilitator.latest()!.accreditation.list?.version === 2, 'second version');
    expect(facilitator.latest()!.accreditation.list).toMatchObject({ organisations: list.organisations, delegates: list.delegates });
  });

  it('reads a workbook and a CSV saved in Windows-1252, and refuses a broken file whole, and a participant’s token', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const workbook = new ExcelJS.Workbook();
    const notes = workbook.addWorksheet('Notes');
    notes.addRow(['Invitations for the 2015 workshop']);
    const sheet = workbook.addWorksheet('Invited');
    sheet.addRow(['Байгууллага', 'Төлөөлөгч', 'Холбоо барих']);
    sheet.addRow(['Globe International', 'Saran', 'saran@example.org']);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await upload(room, xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toMatchObject({ status: 200, body: { organisations: 1, delegates: 1 } });

    const latin = iconv.encode('Organisation;Delegate\r\nCentre Européen des Droits;René Müller\r\n', 'win1252');
    expect(await upload(room, latin)).toMatchObject({ status: 200, body: { organisations: 1, delegates: 1 } });
    await waitFor(() => facilitator.latest()!.accreditation.list?.organisations.length === 2, 'both imported');
    expect(facilitator.latest()!.accreditation.list!.delegates.map((d) => d.name).sort()).toEqual(['René Müller', 'Saran']);

    const broken = await upload(room, Buffer.from('Organisation,Delegate\n,Nobody\nGlobe International,"unclosed\n'));
    expect(broken.status).toBe(422);
    expect(await upload(room, Buffer.from('Name,Phone\nSaran,123\n'))).toMatchObject({ status: 422 });
    const participant = await room.join('Saran', 'Globe International');
    expect((await upload(room, SAMPLE, 'text/csv', participant.token)).status).toBe(403);
    expect(facilitator.latest()!.accreditation.list!.organisations).toHaveLength(2);
  });
});
