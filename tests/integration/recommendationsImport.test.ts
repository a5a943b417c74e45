import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRecommendationsResponse } from '../../shared/recommendationImport.js';
import { readRecommendations } from '../../shared/readRecommendations.js';
import { addLeadOrganisation, recommendationsOf } from '../../shared/recommendations.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { addThemeTag } from '../../shared/themeTags.js';
import { LIMITS } from '../../shared/limits.js';
import { encode, toCsv, toXlsx, XLSX_TYPE } from '../../server/importers/testFixtures.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';
import { connectStock, synced } from '../support/yjsClients.js';

/** The real 2010 file (A/HRC/16/5), in the repository as the demo's copy. */
const MONGOLIA_2010 = fs.readFileSync(path.resolve(import.meta.dirname, '../../server/demo/mongolia-2010-upr-recommendations.csv'));

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function importFile(workshopId: string, token: string, body: Uint8Array, contentType = 'text/csv', cycle = 'previous') {
  const response = await fetch(`${server.url}/api/workshops/${workshopId}/recommendations/import?cycle=${cycle}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body,
  });
  return { status: response.status, body: (await response.json()) as ImportRecommendationsResponse & { error?: { code: string } } };
}

async function record(workshopId: string, token: string): Promise<WorkshopRecordFile> {
  const response = await fetch(`${server.url}/api/workshops/${workshopId}/export/record.json`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as WorkshopRecordFile;
}

describe('importing recommendations over HTTP', () => {
  it('imports the real 2010 file, readable through a stock provider and the record', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const first = await importFile(workshop.id, workshop.facilitatorToken, MONGOLIA_2010);
    expect(first).toEqual({ status: 200, body: { imported: 129, updated: 0, unchanged: 0, skipped: 0, errors: [] } });

    const { token } = await joinWorkshop(server.url, workshop, 'Oyuna');
    const reader = connectStock(server.url, workshop.id, 'recommendations', token);
    try {
      await synced(reader);
      const read = readRecommendations(reader.doc);
      expect(read).toHaveLength(129);
      expect(read.filter((r) => r.response === 'noted')).toHaveLength(3);
      expect(read[0]).toMatchObject({ ref: '84.1', recommendingStates: ['France'], review: 'previous' });
    } finally {
      reader.destroy();
    }

    const exported = await record(workshop.id, server.organiserKey);
    expect(exported.workshop).toMatchObject({ id: workshop.id, title: 'UPR follow-up workshop', country: 'Mongolia', startsOn: '2015-06-01' });
    expect(exported.recommendations).toHaveLength(129);
    expect(exported.recommendations[6]).toMatchObject({ ref: '84.7', cycle: 'previous', response: 'supported', themes: [] });
    expect(Array.isArray(exported.recommendations[0]?.recommendingStates)).toBe(true);
  });

  it('importing the same file twice adds nothing; an updated file updates and keeps a participant’s lead and theme', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const header = ['Paragraph', 'Recommendation', 'Recommending States', 'Position'];
    const original = encode(toCsv([header, ['84.1', 'Ratify', 'France', 'Accepted'], ['84.2', 'Adopt', 'Chile', 'Accepted']]), 'utf-8');
    expect((await importFile(workshop.id, workshop.facilitatorToken, original, 'text/csv', 'current')).body.imported).toBe(2);
    expect((await importFile(workshop.id, workshop.facilitatorToken, original, 'text/csv', 'current')).body).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });

    const { token } = await joinWorkshop(server.url, workshop, 'Bold');
    const participant = connectStock(server.url, workshop.id, 'recommendations', token);
    try {
      await synced(participant);
      addLeadOrganisation(recommendationsOf(participant.doc).get('current/84.1')!, 'Globe International');
      addThemeTag(recommendationsOf(participant.doc).get('current/84.1')!, 'Torture');
      await waitFor(async () => (await record(workshop.id, workshop.facilitatorToken)).recommendations[0]?.themeTags.length === 1, 'the lead and theme stored');

      const updated = encode(toCsv([header, ['84.1', 'Ratify', 'France, Spain', 'Noted'], ['84.2', 'Adopt', 'Chile', 'Accepted'], ['84.3', 'Protect', 'Peru', 'Accepted']]), 'windows-1252');
      expect((await importFile(workshop.id, server.organiserKey, updated, 'application/octet-stream', 'current')).body).toMatchObject({ imported: 1, updated: 1, unchanged: 1 });
      await waitFor(() => readRecommendations(participant.doc).length === 3, 'the participant sees the re-import');
      expect(readRecommendations(participant.doc)[0]).toMatchObject({ leadOrganisations: ['Globe International'], response: 'noted', recommendingStates: ['France', 'Spain'], themeTags: ['Torture'] });
    } finally {
      participant.destroy();
    }
    const exported = await record(workshop.id, workshop.facilitatorToken);
    expect(exported.recommendations.map((r) => [r.ref, r.leadOrganisations])).toEqual([['84.1', ['Globe International']], ['84.2', []], ['84.3', []]]);
    expect(exported.recommendations[0]).toMatchObject({ themes: [], themeTags: ['Torture'] });
  });

  it('imports an XLSX body sent with its content type', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const bytes = await toXlsx({ Sheet1: [['Paragraph', 'Recommendation', 'Recommending States', 'Position'], ['115.1', 'Ratify the OP-CAT', 'Denmark', 'Supported']] });
    expect((await importFile(workshop.id, workshop.facilitatorToken, bytes, XLSX_TYPE, 'current')).body.imported).toBe(1);
    expect((await record(workshop.id, workshop.facilitatorToken)).recommendations[0]).toMatchObject({ ref: '115.1', cycle: 'current' });
  });

  it('refuses an unreadable file with 422, naming the row, and imports nothing', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const broken = encode('Paragraph,Recommendation,Recommending States,Position\n84.1,Ratify,France,Accepted\n84.2,,Chile,Accepted\n', 'utf-8');
    const refused = await importFile(workshop.id, workshop.facilitatorToken, broken);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ row: 3, column: 'Recommendation', message: expect.stringContaining('empty') }]);
    expect((await record(workshop.id, workshop.facilitatorToken)).recommendations).toEqual([]);
  });

  it('refuses tokens that may not import', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const other = await createWorkshop(server.url, server.organiserKey);
    const { token } = await joinWorkshop(server.url, workshop, 'Alice');
    const status = async (bearer: string) => (await importFile(workshop.id, bearer, MONGOLIA_2010)).status;
    expect(await status('not-a-token-of-anyone-at-all')).toBe(401);
    expect(await status(token)).toBe(403);
    expect(await status(workshop.projectorToken)).toBe(403);
    expect(await status(other.facilitatorToken)).toBe(403);
    const noBearer = await fetch(`${server.url}/api/workshops/${workshop.id}/recommendations/import`, { method: 'POST', body: MONGOLIA_2010 });
    expect(noBearer.status).toBe(401);
    const badCycle = await importFile(workshop.id, workshop.facilitatorToken, MONGOLIA_2010, 'text/csv', 'next');
    expect(badCycle.status).toBe(400);
  });

  it('refuses a body over the limit with 413', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const huge = new Uint8Array(LIMITS.maxImportBytes + 1).fill(0x61);
    const refused = await importFile(workshop.id, workshop.facilitatorToken, huge);
    expect(refused.status).toBe(413);
  });
});

describe('record.json', () => {
  it('answers the facilitator and the organiser, and no one else', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const { token } = await joinWorkshop(server.url, workshop, 'Alice');
    const get = (bearer: string) => fetch(`${server.url}/api/workshops/${workshop.id}/export/record.json`, { headers: { authorization: `Bearer ${bearer}` } });
    expect((await get(workshop.facilitatorToken)).status).toBe(200);
    expect((await get(server.organiserKey)).status).toBe(200);
    expect((await get(token)).status).toBe(403);
    expect((await get(workshop.projectorToken)).status).toBe(403);
    expect((await get('not-a-token-of-anyone-at-all')).status).toBe(401);
    const unknown = await fetch(`${server.url}/api/workshops/nosuchworkshop/export/record.json`, { headers: { authorization: `Bearer ${server.organiserKey}` } });
    expect(unknown.status).toBe(404);
  });

  it('holds the experiences, plan and strategy documents, and loads no room to do so', async () => {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const writer = connectStock(server.url, workshop.id, 'plan', workshop.facilitatorToken);
    try {
      await synced(writer);
      writer.doc.getMap('rows').set('r1', 'Draft a law on torture prevention');
      writer.doc.getText('notes').insert(0, 'Plan notes');
      await waitFor(async () => JSON.stringify((await record(workshop.id, workshop.facilitatorToken)).plan).includes('Plan notes'), 'the plan stored');
    } finally {
      writer.destroy();
    }
    await waitFor(() => !server.rooms.loadedRooms().some((name) => name.startsWith(workshop.id)), 'the room unloaded');
    const exported = await record(workshop.id, workshop.facilitatorToken);
    expect(exported.plan).toEqual({ notes: 'Plan notes', rows: { r1: 'Draft a law on torture prevention' } });
    expect(exported.strategy).toEqual({});
    expect(exported.experiences).toEqual([]);
    expect(Object.keys(exported.documents)).toEqual(['experiences', 'recommendations', 'plan', 'strategy', 'charter', 'responses']);
    expect(server.rooms.loadedRooms().some((name) => name.startsWith(workshop.id))).toBe(false);
  });
});
