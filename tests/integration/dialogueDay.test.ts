import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateWorkshopResponse, Identity } from '../../shared/api.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { readPlan } from '../../shared/plan.js';
import { readPlanReferences, readResponses } from '../../shared/responses.js';
import { addComment, recommendationsOf } from '../../shared/recommendations.js';
import { documentName } from '../../shared/sections.js';
import { postRaw } from '../support/api.js';
import { richWorkshop } from '../support/richWorkshop.js';
import { startTestServer } from '../support/testServer.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let origin: CreateWorkshopResponse;
const cleanups: (() => unknown)[] = [];
/** A CSO-internal comment on a recommendation: no layer but CSOs may ever receive it. */
const INTERNAL_COMMENT = 'CSO-INTERNAL: the ministry stalls, press the deputy minister';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const exportText = async (id: string, token: string, file = 'record.json') =>
  (await fetch(`${server.url}/api/workshops/${id}/export/${file}`, { headers: bearer(token) })).text();
const exportRecord = async (id: string, token: string) => JSON.parse(await exportText(id, token)) as WorkshopRecordFile;
/** The record as exported, without the export's own time. */
const withoutExportTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": null');
const continueLive = (id: string, token: string) => postRaw(`${server.url}/api/workshops/${id}/continue`, '', bearer(token));
const continueArchive = (record: string, key = server.organiserKey) => postRaw(`${server.url}/api/workshops/continue`, record, bearer(key));
const organiserOf = (workshopId: string): Identity => ({ role: 'organiser', workshopId, participantId: null, name: 'Organiser', organisation: null });

beforeAll(async () => {
  server = await startTestServer();
  ({ workshop: origin } = await richWorkshop(server, cleanups));
  await server.rooms.change(documentName(origin.id, 'recommendations'), organiserOf(origin.id), (doc) => {
    const [first] = [...recommendationsOf(doc).values()];
    addComment(first!, { parentId: null, authorName: 'Saran', authorOrganisation: 'MONFEMNET', text: INTERNAL_COMMENT, at: 1 });
  });
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await server.close();
});

describe('continuing a workshop as a dialogue day', () => {
  it('brings the recommendations, plan rows and adopted charter, linked to the origin, under a dialogue-day agenda; the origin stays byte-identical', async () => {
    const before = withoutExportTime(await exportText(origin.id, origin.facilitatorToken));
    const originRecord = JSON.parse(before) as WorkshopRecordFile;

    const { status, body } = await continueLive(origin.id, origin.facilitatorToken);
    expect(status).toBe(201);
    const dialogue = body as unknown as CreateWorkshopResponse;
    expect(withoutExportTime(await exportText(origin.id, origin.facilitatorToken))).toBe(before);

    const record = await exportRecord(dialogue.id, dialogue.facilitatorToken);
    expect(record.control.dialogue?.origin).toEqual({ workshopId: origin.id, title: originRecord.workshop.title });
    expect(record.workshop.title).toContain(originRecord.workshop.title);
    // Same rows under the same ids: each links back to the row it continues.
    expect(record.planRows.map((row) => row.id)).toEqual(originRecord.planRows.map((row) => row.id));
    expect(record.recommendations.map((r) => [r.key, r.priority, r.clusterId])).toEqual(originRecord.recommendations.map((r) => [r.key, r.priority, r.clusterId]));
    expect(record.charter.adopted).toBe(true);
    expect(record.charter.hash).toBe(originRecord.charter.hash);
    expect(record.control.charter.frozen).toBe(true);
    // The plan carries what each row answers, for readers who never open the recommendations.
    const plan = new Y.Doc();
    Y.applyUpdate(plan, Buffer.from(record.documents.plan, 'base64'));
    const [first] = readPlan(plan);
    const reference = readPlanReferences(plan).get(first!.recommendationKeys[0]!);
    expect(reference?.text).toBe(originRecord.recommendations.find((r) => r.key === first!.recommendationKeys[0])!.text);
    const responses = new Y.Doc();
    Y.applyUpdate(responses, Buffer.from(record.documents.responses, 'base64'));
    expect([...readResponses(responses).keys()].sort()).toEqual(readPlan(plan).map((row) => row.id).sort());
    // The dialogue-day agenda: opening, charter, plan review by cluster, joint commitments, closing.
    const sessions = record.control.agenda.days.flatMap((day) => day.sessions);
    expect(sessions.map((s) => s.stage)).toEqual(['plenary', 'charter', 'responses', 'responses', 'plenary']);
    expect(sessions[2]!.title).toContain('Torture: prevention [OP-CAT]');
    expect(sessions.map((s) => s.title)).toContain('Joint commitments');
  });

  it('continues from an archive, and again from a dialogue day’s own record', async () => {
    const archive = await exportText(origin.id, origin.facilitatorToken);
    const first = await continueArchive(archive);
    expect(first.status).toBe(201);
    const dialogue = first.body as unknown as CreateWorkshopResponse;
    const record = await exportRecord(dialogue.id, dialogue.facilitatorToken);
    expect(record.control.dialogue?.origin.workshopId).toBe(origin.id);

    const again = await continueArchive(JSON.stringify(record));
    expect(again.status).toBe(201);
    const next = await exportRecord((again.body as unknown as CreateWorkshopResponse).id, (again.body as unknown as CreateWorkshopResponse).facilitatorToken);
    expect(next.control.dialogue?.origin).toEqual({ workshopId: dialogue.id, title: record.workshop.title });
    expect(next.documents.responses).toBeTruthy();
  });

  it('refuses a participant, a projector and a bad archive, leaving nothing behind', async () => {
    expect((await continueLive(origin.id, origin.projectorToken)).status).toBe(403);
    expect((await continueArchive('{"format":"nope"}')).status).toBe(400);
    expect((await continueArchive('{}', 'not-the-organiser-key-at-all')).status).toBe(401);
  });
});
