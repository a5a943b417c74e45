import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { canonicalCharterText } from '../../shared/charterText.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { postRaw } from '../support/api.js';
import { richWorkshop } from '../support/richWorkshop.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';
import { connectStock, synced } from '../support/yjsClients.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let workshop: CreateWorkshopResponse;
let original: WorkshopRecordFile;
const cleanups: (() => unknown)[] = [];

const exportRecord = async (id: string, token: string) =>
  (await (await fetch(`${server.url}/api/workshops/${id}/export/record.json`, { headers: { authorization: `Bearer ${token}` } })).json()) as WorkshopRecordFile;
const restore = (body: string, key = server.organiserKey) => postRaw(`${server.url}/api/workshops/import`, body, { authorization: `Bearer ${key}` });
const workshopCount = () => {
  const db = new Database(path.join(server.dataDir, 'convene.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM workshops').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** The record without what a restore renews: ids, times of the export, and ids inside the control record. */
function comparable(record: WorkshopRecordFile) {
  const participants = new Map(record.attendance.map((a, i) => [a.participantId, `participant-${i}`]));
  const votes = new Map(record.archivedVotes.map((v, i) => [v.id, `vote-${i}`]));
  const json = JSON.stringify({ ...record, exportedAt: null, workshop: { ...record.workshop, id: null } });
  let renamed = json;
  for (const [id, name] of [...participants, ...votes]) renamed = renamed.split(`"${id}"`).join(`"${name}"`);
  return JSON.parse(renamed) as unknown;
}

beforeAll(async () => {
  server = await startTestServer();
  ({ workshop } = await richWorkshop(server, cleanups));
  original = await exportRecord(workshop.id, workshop.facilitatorToken);
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await server.close();
});

describe('restore from record.json', () => {
  it('makes a new workshop whose export equals the original apart from ids and times', async () => {
    const { status, body } = await restore(JSON.stringify(original));
    expect(status).toBe(201);
    const restored = body as unknown as CreateWorkshopResponse;
    expect(restored.id).not.toBe(workshop.id);
    expect(restored.joinCode).not.toBe(workshop.joinCode);
    expect(restored.facilitatorToken).not.toBe(workshop.facilitatorToken);
    const again = await exportRecord(restored.id, restored.facilitatorToken);
    expect(again.documents).toEqual(original.documents);
    expect(comparable(again)).toEqual(comparable(original));
    expect(again.charter.adopted).toBe(true);
    expect(again.votes[0]!.id).not.toBe(original.votes[0]!.id);
    expect(again.control.charter.adopted?.voteId).toBe(again.votes[0]!.id);
  });

  it('restores from the Yjs states: an old copy of a document merges without duplicating anything', async () => {
    const { body } = await restore(JSON.stringify(original));
    const restored = body as unknown as CreateWorkshopResponse;
    const stale = connectStock(server.url, restored.id, 'charter', restored.facilitatorToken);
    cleanups.push(() => stale.destroy());
    // The old client's offline copy: the archived workshop's charter state.
    Y.applyUpdate(stale.doc, Buffer.from(original.documents.charter, 'base64'));
    await synced(stale);
    expect(canonicalCharterText(stale.doc)).toBe(original.charter.text);
    const reader = connectStock(server.url, restored.id, 'charter', restored.projectorToken);
    cleanups.push(() => reader.destroy());
    await synced(reader);
    await waitFor(() => canonicalCharterText(reader.doc) === original.charter.text, 'the restored charter');
    expect(canonicalCharterText(reader.doc)).toBe(original.charter.text);
  });

  it('refuses anyone without the organiser key', async () => {
    expect((await restore(JSON.stringify(original), workshop.facilitatorToken)).status).toBe(401);
    expect((await postRaw(`${server.url}/api/workshops/import`, JSON.stringify(original))).status).toBe(401);
  });

  it.each([
    ['not JSON', () => '{"format": ', 400, /JSON/],
    ['another format', () => JSON.stringify({ ...original, format: 'something-else' }), 400, /format/],
    ['a missing section state', () => JSON.stringify({ ...original, documents: { ...original.documents, plan: undefined } }), 400, /documents\.plan/],
    ['a state that is not base64', () => JSON.stringify({ ...original, documents: { ...original.documents, plan: '<script>' } }), 400, /documents\.plan/],
    ['a state that is not a Yjs update', () => JSON.stringify({ ...original, documents: { ...original.documents, strategy: Buffer.from('not yjs at all, just words').toString('base64') } }), 422, /documents\.strategy/],
    ['an adoption naming no vote', () => JSON.stringify({ ...original, archivedVotes: [] }), 422, /voteId/],
    ['a hostile vote spec', () => JSON.stringify({ ...original, archivedVotes: [{ ...original.archivedVotes[0], spec: { kind: 'rm -rf' } }] }), 400, /archivedVotes/],
    ['an over-long title', () => JSON.stringify({ ...original, workshop: { ...original.workshop, title: 'x'.repeat(10_000) } }), 400, /workshop\.title/],
  ])('answers %s with a clear error and creates nothing', async (_name, body, status, message) => {
    const before = workshopCount();
    const answer = await restore(body());
    expect(answer.status).toBe(status);
    expect(answer.body.error?.message).toMatch(message);
    expect(workshopCount()).toBe(before);
  });
});
