/** Implementation tracking through `record.json` on each store: export, restore twice, the same history and the same word limit. */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import type { TrackingBoard } from '../../shared/tracking.js';
import { joinWorkshop, postRaw } from '../support/api.js';
import { bothStores, dropSchemas } from '../support/postgres.js';
import { startTestServer } from '../support/testServer.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const schemas: string[] = [];
afterAll(() => dropSchemas(schemas));

const stores = bothStores(schemas);

describe.each(stores)('implementation tracking through record.json (%s)', (_store, options) => {
  it('restored twice, each copy holds the same assessments in the same order, by its own participants, and the same submission', async () => {
    const server = await startTestServer(await options());
    cleanups.push(() => server.close());
    const tracking = (id: string, token: string, path = '', init: RequestInit = {}) =>
      fetch(`${server.url}/api/workshops/${id}/tracking${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
    const board = async (id: string, token: string) => (await (await tracking(id, token)).json()) as TrackingBoard;
    const workshop = (await (await fetch(`${server.url}/api/workshops/demo`, { method: 'POST', headers: { authorization: `Bearer ${server.organiserKey}` } })).json()) as CreateWorkshopResponse;
    const member = (await joinWorkshop(server.url, workshop, 'Оюун', 'Globe International')).token;
    const { planRows, recommendations } = await board(workshop.id, workshop.facilitatorToken);
    const writes: [Record<string, unknown>, string][] = [
      [{ target: { kind: 'recommendation', id: recommendations[0]!.key }, rating: 'not', evidence: 'Nothing yet.', source: 'Ministry letter', assessedOn: '2026-03-01' }, member],
      [{ target: { kind: 'planRow', id: planRows[0]!.id }, rating: 'fully', evidence: 'Done.', source: 'https://example.org', nextCycle: 'Keep it funded', assessedOn: '2026-06-01' }, workshop.facilitatorToken],
      [{ target: { kind: 'recommendation', id: recommendations[0]!.key }, rating: 'partially', evidence: 'Шинэ хууль.', source: 'Хууль зүйн яамны захидал', assessedOn: '2026-09-01' }, member],
    ];
    for (const [body, token] of writes) expect((await tracking(workshop.id, token, '/assessments', { method: 'POST', body: JSON.stringify(body) })).status).toBe(201);
    expect((await tracking(workshop.id, member, '/submission', { method: 'PUT', body: JSON.stringify({ submission: 'single' }) })).status).toBe(200);
    const original = await board(workshop.id, workshop.facilitatorToken);
    const record = (await (await fetch(`${server.url}/api/workshops/${workshop.id}/export/record.json`, { headers: { authorization: `Bearer ${workshop.facilitatorToken}` } })).json()) as WorkshopRecordFile;

    /** The history without what a restore renews, the author named instead of numbered. */
    const history = (b: TrackingBoard) => b.assessments.map(({ id: _id, workshopId: _workshop, authorParticipantId, ...rest }) => ({ ...rest, byParticipant: authorParticipantId !== null }));
    for (const attempt of [1, 2]) {
      const answer = await postRaw(`${server.url}/api/workshops/import`, JSON.stringify(record), { authorization: `Bearer ${server.organiserKey}` });
      expect(answer.status, `restore ${attempt}`).toBe(201);
      const copy = answer.body as unknown as CreateWorkshopResponse;
      const restored = await board(copy.id, copy.facilitatorToken);
      expect(history(restored)).toEqual(history(original));
      expect(restored.submission).toBe('single');
      expect(restored.assessments.every((a) => a.workshopId === copy.id)).toBe(true);
      expect(restored.assessments.some((a) => original.assessments.some((o) => o.id === a.id))).toBe(false);
    }
  });
});
