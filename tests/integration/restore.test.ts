import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { canonicalCharterText } from '../../shared/charterText.js';
import { RECORD_VERSION, type WorkshopRecordFile } from '../../shared/record.js';
import type { TrackingBoard } from '../../shared/tracking.js';
import { joinWorkshop, postRaw } from '../support/api.js';
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
  const assessments = new Map(record.assessments.map((a, i) => [a.id, `assessment-${i}`]));
  const json = JSON.stringify({ ...record, exportedAt: null, workshop: { ...record.workshop, id: null } });
  let renamed = json;
  for (const [id, name] of [...participants, ...votes, ...assessments]) renamed = renamed.split(`"${id}"`).join(`"${name}"`);
  return JSON.parse(renamed) as unknown;
}

const tracking = async (id: string, token: string, path = '', init: RequestInit = {}) =>
  fetch(`${server.url}/api/workshops/${id}/tracking${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });

/** Two assessments of the plan's first row (a participant's, then the facilitator's) and one of a recommendation. */
async function assessSome(): Promise<void> {
  const board = (await (await tracking(workshop.id, workshop.facilitatorToken)).json()) as TrackingBoard;
  const member = (await joinWorkshop(server.url, workshop, 'Оюун', 'Globe International')).token;
  const row = { kind: 'planRow', id: board.planRows[0]!.id };
  const bodies: [Record<string, unknown>, string][] = [
    [{ target: row, rating: 'partially', evidence: 'Draft tabled', source: 'https://example.org/draft', assessedOn: '2026-03-01' }, member],
    [{ target: { kind: 'recommendation', id: board.recommendations[0]!.key }, rating: 'not', evidence: '', source: 'Ministry of Justice letter', nextCycle: 'Ask again', assessedOn: '2026-03-02' }, member],
    [{ target: row, rating: 'fully', evidence: 'Ratified', source: 'UN Treaty Collection', assessedOn: '2026-06-01' }, workshop.facilitatorToken],
  ];
  for (const [body, token] of bodies) expect((await tracking(workshop.id, token, '/assessments', { method: 'POST', body: JSON.stringify(body) })).status).toBe(201);
  expect((await tracking(workshop.id, member, '/submission', { method: 'PUT', body: JSON.stringify({ submission: 'single' }) })).status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer();
  ({ workshop } = await richWorkshop(server, cleanups));
  await assessSome();
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

  it('restores the implementation assessments in their order, by the restored participants, each time it is restored', async () => {
    expect(original.version).toBe(RECORD_VERSION);
    expect(original.assessments.map((a) => [a.rating, a.authorName])).toEqual([['partially', 'Оюун'], ['not', 'Оюун'], ['fully', 'Facilitator']]);
    const ids = new Set<string>();
    for (const attempt of [1, 2]) {
      const restored = (await restore(JSON.stringify(original))).body as unknown as CreateWorkshopResponse;
      const board = (await (await tracking(restored.id, restored.facilitatorToken)).json()) as TrackingBoard;
      const again = await exportRecord(restored.id, restored.facilitatorToken);
      const author = again.attendance.find((a) => a.name === 'Оюун')!.participantId;
      expect(board.assessments.map(({ id, workshopId, ...rest }) => (ids.add(id), expect(workshopId).toBe(restored.id), rest)), `restore ${attempt}`).toEqual(
        original.assessments.map(({ id: _id, ...rest }) => ({ ...rest, authorParticipantId: rest.authorParticipantId === null ? null : author })),
      );
    }
    // Renewed each time: an assessment's id is unique across workshops.
    expect(ids.size).toBe(6);
    expect(original.assessments.some((a) => ids.has(a.id))).toBe(false);
  });

  it('restores a record of version 1, from before assessments were archived, with none', async () => {
    const { assessments: _dropped, ...older } = original;
    const { status, body } = await restore(JSON.stringify({ ...older, version: 1 }));
    expect(status).toBe(201);
    const restored = body as unknown as CreateWorkshopResponse;
    expect((await exportRecord(restored.id, restored.facilitatorToken)).assessments).toEqual([]);
  });

  it('keeps the workshop’s joint or single submission, and restores an older record (version 3) as a joint one', async () => {
    expect(original.tracking).toEqual({ submission: 'single' });
    const copy = (await restore(JSON.stringify(original))).body as unknown as CreateWorkshopResponse;
    expect(((await (await tracking(copy.id, copy.facilitatorToken)).json()) as TrackingBoard).submission).toBe('single');
    const { tracking: _dropped, ...older } = original;
    const old = (await restore(JSON.stringify({ ...older, version: 3 }))).body as unknown as CreateWorkshopResponse;
    expect(((await (await tracking(old.id, old.facilitatorToken)).json()) as TrackingBoard).submission).toBe('joint');
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
    ['a newer version than the server reads', () => JSON.stringify({ ...original, version: 99 }), 400, new RegExp(`version 1 to ${RECORD_VERSION}`)],
    ['a record of version 2 without its assessments', () => JSON.stringify({ ...original, assessments: undefined }), 400, /assessments/],
    ['a record of version 4 without its tracking settings', () => JSON.stringify({ ...original, tracking: undefined }), 400, /tracking/],
    ['an unknown submission kind', () => JSON.stringify({ ...original, tracking: { submission: 'double' } }), 400, /tracking\.submission/],
    ['an assessment without its source', () => JSON.stringify({ ...original, assessments: [{ ...original.assessments[0], source: '  ' }] }), 400, /assessments\.0\.source/],
    ['an assessment with an unknown rating', () => JSON.stringify({ ...original, assessments: [{ ...original.assessments[0], rating: 'mostly' }] }), 400, /assessments\.0\.rating/],
    ['an assessment by no participant of the archive', () => JSON.stringify({ ...original, assessments: [{ ...original.assessments[0], authorParticipantId: 'nobody' }] }), 422, /assessments\.0\.authorParticipantId/],
    ['an over-long title', () => JSON.stringify({ ...original, workshop: { ...original.workshop, title: 'x'.repeat(10_000) } }), 400, /workshop\.title/],
  ])('answers %s with a clear error and creates nothing', async (_name, body, status, message) => {
    const before = workshopCount();
    const answer = await restore(body());
    expect(answer.status).toBe(status);
    expect(answer.body.error?.message).toMatch(message);
    expect(workshopCount()).toBe(before);
  });
});
