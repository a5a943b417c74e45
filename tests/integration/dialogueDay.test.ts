import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateWorkshopResponse, Identity } from '../../shared/api.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { readPlan } from '../../shared/plan.js';
import { readPlanReferences, readResponses } from '../../shared/responses.js';
import { addComment, recommendationsOf } from '../../shared/recommendations.js';
import { documentName } from '../../shared/sections.js';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import { addActivity } from '../../shared/strategy.js';
import { addPlanRow } from '../../shared/plan.js';
import { joinWorkshop, postRaw } from '../support/api.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { connectRaw, connectStock, type RawSocket, syncRoundTrip, synced } from '../support/yjsClients.js';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { setPosition, setResponseText } from '../../shared/responses.js';
import { richWorkshop } from '../support/richWorkshop.js';
import { startTestServer } from '../support/testServer.js';
import { removeRow } from '../../shared/sharedRows.js';
import { buildResult } from '../../server/votes/result.js';

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
/** The three commitments files of a workshop in one language, read back as a reader's program would: XLSX rows, CSV rows, DOCX paragraphs. */
async function commitmentFiles(id: string, token: string, language: 'en' | 'mn') {
  const file = async (name: string) => Buffer.from(await (await fetch(`${server.url}/api/workshops/${id}/export/${name}?lang=${language}`, { headers: bearer(token) })).arrayBuffer());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await file('commitments.xlsx')) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const xlsx = sheet.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1).map((value) => (value ?? '') as string));
  const csv: string[][] = parse((await file('commitments.csv')).toString('utf8').slice(1));
  const xml = strFromU8(unzipSync(new Uint8Array(await file('commitments.docx')))['word/document.xml']!);
  const docx = xml.split('</w:p>').map((paragraph) => [...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, text]) => text).join(''));
  return { sheetName: sheet.name, xlsx, csv, xml, docx };
}
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
    // Nothing answered yet, and nothing made per row: a response's fields are top-level texts (shared/responses.ts).
    expect(readResponses(responses).size).toBe(0);
    expect(record.documents.responses).toBe(Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())).toString('base64'));
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
    // Continued again, the title keeps one suffix.
    expect(next.workshop.title).toBe(record.workshop.title);
    expect(next.documents.responses).toBeTruthy();
  });

  it('refuses a participant, a projector and a bad archive, leaving nothing behind', async () => {
    expect((await continueLive(origin.id, origin.projectorToken)).status).toBe(403);
    expect((await continueArchive('{"format":"nope"}')).status).toBe(400);
    expect((await continueArchive('{}', 'not-the-organiser-key-at-all')).status).toBe(401);
  });
});

/** Strategy text a CSO writes on the dialogue day: no Government byte may carry it. */
const STRATEGY_SECRET = 'STRATEGY-SECRET: lobby the Minister of Justice before the budget';
const PLAN_SHARED = 'PLAN-SHARED: a row every layer reads';

/** A raw Yjs socket that asks for the whole document (a sync step 1 from an empty doc) once open. */
function openSection(workshopId: string, section: string, token: string): RawSocket {
  const raw = connectRaw(server.url, `/yjs/${workshopId}/${section}?token=${token}`);
  void raw.opened.then(() => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, new Y.Doc());
    raw.socket.send(encoding.toUint8Array(encoder));
  }, () => undefined);
  cleanups.push(() => raw.socket.close());
  return raw;
}

const contains = (bytes: Uint8Array[] | string[], marker: string) =>
  bytes.some((chunk) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')).includes(marker));

async function dialogueDay(): Promise<CreateWorkshopResponse> {
  const { body } = await continueLive(origin.id, origin.facilitatorToken);
  return body as unknown as CreateWorkshopResponse;
}

function control(token: string): ControlClient {
  const client = connectControl(server.url, token);
  cleanups.push(() => client.close());
  return client;
}

describe('stakeholder layers on a dialogue day', () => {
  it('a Government participant’s connections never receive a byte of the strategy or of CSO-internal comments', async () => {
    const day = await dialogueDay();
    const ministry = await joinWorkshop(server.url, day, 'Batbayar', 'Ministry of Justice', { layer: 'government', body: 'Ministry of Justice and Home Affairs' });
    const cso = await joinWorkshop(server.url, day, 'Saran', 'MONFEMNET', { layer: 'cso' });

    // Everything the Government participant receives, on every channel, as bytes or text.
    const received: (Uint8Array | string)[] = [];
    const government = control(ministry.token);
    government.socket.io.on('packet', (packet: unknown) => received.push(JSON.stringify(packet)));
    const sockets = (['experiences', 'recommendations', 'plan', 'strategy', 'charter', 'responses'] as const).map((section) => ({ section, raw: openSection(day.id, section, ministry.token) }));
    const downloads = await Promise.all(
      (['recommendations', 'strategy', 'experiences', 'plan', 'charter', 'responses'] as const).map(async (section) => {
        const response = await fetch(`${server.url}/api/workshops/${day.id}/sections/${section}/state`, { headers: bearer(ministry.token) });
        received.push(new Uint8Array(await response.arrayBuffer()));
        return [section, response.status] as const;
      }),
    );
    for (const file of ['record.json', 'plan.xlsx', 'charter.docx']) {
      const response = await fetch(`${server.url}/api/workshops/${day.id}/export/${file}`, { headers: bearer(ministry.token) });
      received.push(new Uint8Array(await response.arrayBuffer()));
      expect(response.status).toBe(403);
    }
    expect(Object.fromEntries(downloads)).toEqual({ recommendations: 403, strategy: 403, experiences: 403, plan: 200, charter: 200, responses: 200 });

    // While they are connected, CSOs write their strategy and comments; the facilitator points at a strategy row.
    const facilitator = control(day.facilitatorToken);
    await waitFor(() => facilitator.latest() !== null && government.latest() !== null, 'both connected');
    const csoStrategy = openSection(day.id, 'strategy', cso.token);
    await csoStrategy.opened;
    let strategyRow = '';
    await server.rooms.change(documentName(day.id, 'strategy'), organiserOf(day.id), (doc) => {
      strategyRow = addActivity(doc, { target: 'parliament', texts: { activity: STRATEGY_SECRET } }).get('id') as string;
    });
    await server.rooms.change(documentName(day.id, 'recommendations'), organiserOf(day.id), (doc) => {
      const [first] = [...recommendationsOf(doc).values()];
      addComment(first!, { parentId: null, authorName: 'Saran', authorOrganisation: 'MONFEMNET', text: `${INTERNAL_COMMENT} (again)`, at: 2 });
    });
    await server.rooms.change(documentName(day.id, 'plan'), organiserOf(day.id), (doc) => void addPlanRow(doc, { texts: { governmentActions: PLAN_SHARED } }));
    expect((await facilitator.send('spotlight', { section: 'strategy', itemId: strategyRow })).ok).toBe(true);
    await waitFor(() => facilitator.latest()?.spotlight?.itemId === strategyRow, 'the spotlight on the strategy row');
    await waitFor(() => contains(csoStrategy.received, STRATEGY_SECRET), 'the CSO delegate receives the strategy');
    // The shared plan edit reaches the Government: the capture sees what is sent.
    const plan = sockets.find((s) => s.section === 'plan')!.raw;
    await waitFor(() => contains(plan.received, PLAN_SHARED), 'the Government receives the plan edit');

    for (const { section, raw } of sockets) {
      if (['plan', 'charter', 'responses'].includes(section)) continue;
      expect((await raw.closed).code, section).toBe(CLOSE_CODES.forbidden);
      expect(raw.received, section).toEqual([]);
    }
    received.push(...sockets.flatMap(({ raw }) => raw.received));
    expect(government.latest()!.spotlight).toBeNull();
    expect(contains(received as string[], 'PLAN-SHARED')).toBe(true);
    for (const marker of [STRATEGY_SECRET, INTERNAL_COMMENT, strategyRow]) expect(contains(received as string[], marker), marker).toBe(false);
  });

  it('implementation tracking is the CSOs’: the Government, UN and NHRC layers neither read the board nor its reports, nor write assessments', async () => {
    const day = await dialogueDay();
    const cso = await joinWorkshop(server.url, day, 'Tuya', 'Globe International', { layer: 'cso' });
    const others = [
      await joinWorkshop(server.url, day, 'Dorj', 'Ministry of Justice', { layer: 'government', body: 'Ministry of Justice' }),
      await joinWorkshop(server.url, day, 'Anna', 'UNDP', { layer: 'un', body: 'UNDP' }),
      await joinWorkshop(server.url, day, 'Bold', 'NHRC', { layer: 'nhrc' }),
    ];
    const tracking = (path: string, token: string, init: RequestInit = {}) =>
      fetch(`${server.url}/api/workshops/${day.id}/tracking${path}`, { ...init, headers: { ...bearer(token), 'content-type': 'application/json' } });
    const board = (await (await tracking('', cso.token)).json()) as { planRows: { id: string }[] };
    const assessment = JSON.stringify({ target: { kind: 'planRow', id: board.planRows[0]!.id }, rating: 'partially', evidence: '', source: 'https://example.org', assessedOn: '2026-11-01' });
    for (const other of others) {
      expect((await tracking('', other.token)).status).toBe(403);
      expect((await tracking('/export/midterm-report.docx', other.token)).status).toBe(403);
      expect((await tracking('/assessments', other.token, { method: 'POST', body: assessment })).status).toBe(403);
    }
    expect((await tracking('/assessments', cso.token, { method: 'POST', body: assessment })).status).toBe(201);
  });

  it('each layer writes only its own documents: the Government its responses, CSOs the plan', async () => {
    const day = await dialogueDay();
    const ministry = await joinWorkshop(server.url, day, 'Dorj', 'Ministry of Health', { layer: 'government', body: 'Ministry of Health' });
    const cso = await joinWorkshop(server.url, day, 'Tuya', 'Globe International', { layer: 'cso' });
    const write = async (token: string, section: 'plan' | 'responses', text: string) => {
      const raw = openSection(day.id, section, token);
      await raw.opened;
      const doc = new Y.Doc();
      doc.getText('probe').insert(0, text);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc));
      raw.socket.send(encoding.toUint8Array(encoder));
    };
    await write(ministry.token, 'plan', 'government-in-plan');
    await write(cso.token, 'responses', 'cso-in-responses');
    await write(ministry.token, 'responses', 'government-in-responses');
    await write(cso.token, 'plan', 'cso-in-plan');
    const read = async (section: 'plan' | 'responses') => {
      const response = await fetch(`${server.url}/api/workshops/${day.id}/sections/${section}/state`, { headers: bearer(day.facilitatorToken) });
      const doc = new Y.Doc();
      Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
      return doc.getText('probe').toString();
    };
    await waitFor(async () => (await read('responses')) === 'government-in-responses' && (await read('plan')) === 'cso-in-plan', 'the allowed writes stored');
    expect(await read('responses')).toBe('government-in-responses');
    expect(await read('plan')).toBe('cso-in-plan');
  });

  it('the join asks the layer only on a dialogue day, and the facilitator’s correction closes what the old layer opened', async () => {
    const day = await dialogueDay();
    await expect(joinWorkshop(server.url, day, 'Nobody', 'Somewhere')).rejects.toThrow(/400/);
    await expect(joinWorkshop(server.url, day, 'Nobody', 'Somewhere', { layer: 'government' })).rejects.toThrow(/ministry/);
    // An ordinary workshop ignores a layer: everyone there is a CSO delegate.
    const plain = await joinWorkshop(server.url, origin, 'Claims', 'Government', { layer: 'government', body: 'Cabinet' });
    expect((await fetch(`${server.url}/api/workshops/${origin.id}/sections/strategy/state`, { headers: bearer(plain.token) })).status).toBe(200);

    const misfiled = await joinWorkshop(server.url, day, 'Oyun', 'Ministry of Education', { layer: 'cso' });
    const strategy = openSection(day.id, 'strategy', misfiled.token);
    await strategy.opened;
    const facilitator = control(day.facilitatorToken);
    await waitFor(() => facilitator.latest() !== null, 'the facilitator connected');
    const answer = await facilitator.send('participant:layer', { participantId: misfiled.participantId, layer: 'government', body: 'Ministry of Education' });
    expect(answer.ok).toBe(true);
    expect((await strategy.closed).code).toBe(CLOSE_CODES.documentReloading);
    const again = openSection(day.id, 'strategy', misfiled.token);
    expect((await again.closed).code).toBe(CLOSE_CODES.forbidden);
    expect(again.received).toEqual([]);
    // An ordinary workshop has no layers to correct.
    const originFacilitator = control(origin.facilitatorToken);
    await waitFor(() => originFacilitator.latest() !== null, 'connected');
    expect((await originFacilitator.send('participant:layer', { participantId: plain.participantId, layer: 'government', body: 'Cabinet' })).ok).toBe(false);
  });
});

describe('Government responses and joint commitments', () => {
  it('two representatives answering a row added on the day, for the first time at once, each a different field: both answers stay', async () => {
    const day = await dialogueDay();
    // A row the day itself adds: nothing was made for it when the day was made.
    let rowId = '';
    await server.rooms.change(documentName(day.id, 'plan'), organiserOf(day.id), (doc) => {
      rowId = String(addPlanRow(doc, { texts: { governmentActions: 'Establish a shelter in every aimag' } }).get('id'));
    });
    const writers: ReturnType<typeof connectStock>[] = [];
    for (const name of ['Батбаяр', 'Цэцэг']) {
      const { token } = await joinWorkshop(server.url, day, name, 'Хууль зүйн яам', { layer: 'government', body: 'Хууль зүйн яам' });
      const writer = connectStock(server.url, day.id, 'responses', token);
      cleanups.push(() => writer.destroy());
      writers.push(writer);
    }
    await Promise.all(writers.map((writer) => synced(writer)));
    // Neither has heard of the other's first write when it makes its own.
    setResponseText(writers[0]!.doc, rowId, 'ministry', 'Хууль зүйн яам');
    setPosition(writers[1]!.doc, rowId, 'will-consider');
    setResponseText(writers[1]!.doc, rowId, 'indicator', 'Хуулийн төсөл өргөн баригдсан');
    const expected = { rowId, position: 'will-consider', ministry: 'Хууль зүйн яам', timeline: '', indicator: 'Хуулийн төсөл өргөн баригдсан', comments: '' };
    await waitFor(() => writers.every((writer) => JSON.stringify(readResponses(writer.doc).get(rowId)) === JSON.stringify(expected)), 'both answers on both devices');
    await Promise.all(writers.map((writer) => syncRoundTrip(writer)));
    expect((await exportRecord(day.id, day.facilitatorToken)).responses).toEqual([expected]);
  });

  it('a response the Government writes on the dialogue day appears, beside the plan’s text, in the joint commitments exports', async () => {
    const day = await dialogueDay();
    const ministry = await joinWorkshop(server.url, day, 'Батбаяр', 'Хууль зүйн яам', { layer: 'government', body: 'Хууль зүйн яам' });
    const cso = await joinWorkshop(server.url, day, 'Сарангэрэл', 'MONFEMNET', { layer: 'cso' });
    const facilitator = control(day.facilitatorToken);
    const projector = control(day.projectorToken);
    await waitFor(() => facilitator.latest() !== null && projector.latest() !== null, 'connected');

    const writer = connectStock(server.url, day.id, 'responses', ministry.token);
    cleanups.push(() => writer.destroy());
    await synced(writer);
    const plan = (await exportRecord(day.id, day.facilitatorToken)).planRows[0]!;
    const rowId = plan.id;
    setPosition(writer.doc, rowId, 'accepts');
    setResponseText(writer.doc, rowId, 'ministry', 'Хууль зүйн яам');
    setResponseText(writer.doc, rowId, 'timeline', '2027 оны 6-р сар');
    setResponseText(writer.doc, rowId, 'indicator', 'OP-CAT соёрхон батлагдсан');
    setResponseText(writer.doc, rowId, 'comments', '=HYPERLINK("http://evil.example","x")');
    await syncRoundTrip(writer);

    // One side alone is not an agreement; a Government and a CSO representative are.
    const alone = await facilitator.send('commitment:record', { rowId, participantIds: [cso.participantId, cso.participantId] });
    expect(alone.ok).toBe(false);
    const opened = await facilitator.send('vote:open', { kind: 'yesno', question: 'Agree this row?', franchise: 'participant', secret: false, showResults: 'live', threshold: 'majority', subject: { section: 'plan', itemId: rowId } } as never);
    expect(opened, JSON.stringify(opened)).toMatchObject({ ok: true });
    const byOpenVote = await facilitator.send('commitment:record', { rowId, voteId: (opened as unknown as { voteId: string }).voteId });
    expect(byOpenVote.ok).toBe(false);
    expect((await facilitator.send('commitment:record', { rowId, participantIds: [ministry.participantId, cso.participantId] })).ok).toBe(true);
    await waitFor(() => Boolean(projector.latest()?.dialogue?.commitments[rowId]), 'the projector sees the commitment');
    expect(projector.latest()!.dialogue!.commitments[rowId]!.representatives.map((r) => r.layer).sort()).toEqual(['cso', 'government']);

    const { sheetName, xlsx: rows, csv, xml, docx } = await commitmentFiles(day.id, day.facilitatorToken, 'mn');
    expect(sheetName).toBe('Хамтын амлалтууд');
    expect(rows).toHaveLength(2);
    expect(rows[0]![7]).toBe('Хариуцах яам');
    const row = rows[1]!;
    expect(row[0]).toBe('Torture: prevention [OP-CAT]');
    expect(row[2]).toBe(plan.governmentActions);
    expect(row.slice(6, 11)).toEqual(['Хүлээн зөвшөөрнө', 'Хууль зүйн яам', '2027 оны 6-р сар', 'OP-CAT соёрхон батлагдсан', "'=HYPERLINK(\"http://evil.example\",\"x\")"]);
    // Who agreed, under the side each spoke for.
    const agreement = 'Төлөөлөгчдийн тохиролцоо — Засгийн газар: Батбаяр (Хууль зүйн яам); Иргэний нийгэм: Сарангэрэл (MONFEMNET)';
    expect(row[11]).toBe(agreement);

    expect(csv[1]!.slice(6, 8)).toEqual(['Хүлээн зөвшөөрнө', 'Хууль зүйн яам']);
    expect(csv[1]![10]).toBe("'=HYPERLINK(\"http://evil.example\",\"x\")");
    expect(csv[1]![11]).toBe(agreement);

    expect(docx).toContain(`Баталгаажуулсан: ${agreement}`);
    const headings = [...xml.matchAll(/<w:pStyle w:val="(Heading\d|Title)"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, style, text]) => [style, text]);
    expect(headings).toContainEqual(['Heading1', 'Torture: prevention [OP-CAT]']);
    expect(headings).toContainEqual(['Heading3', 'Засгийн газар']);
    expect(headings).toContainEqual(['Heading3', 'Иргэний нийгэм']);
    expect(xml).toContain('OP-CAT соёрхон батлагдсан');
    expect(xml).toContain(plan.governmentActions);
  });

  it('a passed vote of the room about a row confirms it; a vote about another row does not', async () => {
    const day = await dialogueDay();
    const cso = await joinWorkshop(server.url, day, 'Tuya', 'Globe International', { layer: 'cso' });
    const facilitator = control(day.facilitatorToken);
    const voter = control(cso.token);
    await waitFor(() => facilitator.latest() !== null && voter.latest() !== null, 'connected');
    const [rowId, otherRow] = (await exportRecord(day.id, day.facilitatorToken)).planRows.map((row) => row.id);
    const opened = (await facilitator.send('vote:open', { kind: 'yesno', question: 'Agree this row?', franchise: 'participant', secret: false, showResults: 'live', threshold: 'majority', subject: { section: 'plan', itemId: rowId! } } as never)) as unknown as { ok: true; voteId: string };
    expect(opened.ok).toBe(true);
    expect((await voter.send('vote:cast', { voteId: opened.voteId, choice: 'yes' as never, requestId: crypto.randomUUID() })).ok).toBe(true);
    expect((await facilitator.send('vote:close', { voteId: opened.voteId })).ok).toBe(true);
    expect((await facilitator.send('commitment:record', { rowId: otherRow!, voteId: opened.voteId })).ok).toBe(false);
    expect((await facilitator.send('commitment:record', { rowId: rowId!, voteId: opened.voteId })).ok).toBe(true);
    await waitFor(() => facilitator.latest()?.dialogue?.commitments[rowId!]?.voteId === opened.voteId, 'the commitment by vote');
    expect((await facilitator.send('commitment:withdraw', { rowId: rowId! })).ok).toBe(true);
    await waitFor(() => !facilitator.latest()?.dialogue?.commitments[rowId!], 'the commitment withdrawn');
  });

  it('the facilitator puts a row to a vote of the room: passed, it is a joint commitment with its tally; rejected, it is not', async () => {
    const day = await dialogueDay();
    const ministry = await joinWorkshop(server.url, day, 'Dorj', 'Ministry of Justice', { layer: 'government', body: 'Ministry of Justice' });
    const cso = await joinWorkshop(server.url, day, 'Tuya', 'Globe International', { layer: 'cso' });
    const facilitator = control(day.facilitatorToken);
    const voters = [control(ministry.token), control(cso.token)];
    await waitFor(() => facilitator.latest() !== null && voters.every((v) => v.latest() !== null), 'connected');
    const [rowId, otherRow] = (await exportRecord(day.id, day.facilitatorToken)).planRows.map((row) => row.id) as [string, string];
    const rules = { franchise: 'participant', secret: false, showResults: 'live', threshold: 'majority' } as const;

    // Only whoever runs the room puts a row to the vote, and only a row of the plan.
    expect((await voters[1]!.send('commitment:put-to-vote', { rowId, ...rules })).ok).toBe(false);
    expect(await facilitator.send('commitment:put-to-vote', { rowId: 'no-such-row', ...rules })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const opened = await facilitator.send('commitment:put-to-vote', { rowId, ...rules });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    expect(await facilitator.send('commitment:put-to-vote', { rowId, ...rules })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await waitFor(() => voters.every((v) => v.latest()?.votes.some((vote) => vote.id === opened.voteId && vote.status === 'open')), 'every layer sees the vote');
    const vote = facilitator.latest()!.votes.find((v) => v.id === opened.voteId)!;
    expect(vote.spec.subject).toEqual({ section: 'plan', itemId: rowId });
    expect(vote.spec.question).toMatch(/^Confirm plan row 1 \(.+\) as a joint commitment\?$/);
    for (const voter of voters) expect((await voter.send('vote:cast', { voteId: opened.voteId, choice: 'yes', requestId: crypto.randomUUID() })).ok).toBe(true);
    expect((await facilitator.send('vote:close', { voteId: opened.voteId })).ok).toBe(true);
    await waitFor(() => Boolean(voters[0]!.latest()?.dialogue?.commitments[rowId]), 'the Government sees the commitment');
    const commitment = voters[0]!.latest()!.dialogue!.commitments[rowId]!;
    expect(commitment).toMatchObject({ voteId: opened.voteId, representatives: [], tally: { counts: { yes: 2, no: 0, abstain: 0 }, ballots: 2, threshold: 'majority' } });
    expect(await facilitator.send('commitment:put-to-vote', { rowId, ...rules })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // Rejected: the other row stays open, and the audit says why.
    const second = await facilitator.send('commitment:put-to-vote', { rowId: otherRow, ...rules, kind: 'consent' });
    if (!second.ok) throw new Error(JSON.stringify(second));
    expect((await voters[1]!.send('vote:cast', { voteId: second.voteId, choice: 'object', requestId: crypto.randomUUID() })).ok).toBe(true);
    const closed = await facilitator.send('vote:close', { voteId: second.voteId });
    expect(closed).toMatchObject({ ok: true, result: { passed: false } });
    await waitFor(() => facilitator.audits.some((entry) => entry.detail.rowId === otherRow && String(entry.detail.commitment).startsWith('not confirmed')), 'the audit of the rejection');
    expect(facilitator.latest()!.dialogue!.commitments[otherRow]).toBeUndefined();

    // The exports say how the room confirmed it, with the count, in the language asked for; the rejected row is not there.
    for (const [language, confirmedBy, label] of [['en', 'Vote of the room — Yes 2, No 0, Abstain 0', 'Confirmed by'], ['mn', 'Танхимын санал хураалт — Тийм 2, Үгүй 0, Түдгэлзэх 0', 'Баталгаажуулсан']] as const) {
      const files = await commitmentFiles(day.id, day.facilitatorToken, language);
      expect(files.xlsx.map((cells) => cells[11])).toEqual([label, confirmedBy]);
      expect(files.csv.map((cells) => cells[11])).toEqual([label, confirmedBy]);
      expect(files.docx.filter((text) => text.startsWith(`${label}: `))).toEqual([`${label}: ${confirmedBy}`]);
    }

    // The tally stays in the record, and in a dialogue day continued from it.
    const record = await exportRecord(day.id, day.facilitatorToken);
    expect(record.control.dialogue!.commitments[rowId]!.tally).toEqual(commitment.tally);
    const again = await continueArchive(JSON.stringify(record));
    const next = again.body as unknown as CreateWorkshopResponse;
    expect((await exportRecord(next.id, next.facilitatorToken)).control.dialogue!.commitments[rowId]!.tally).toEqual(commitment.tally);

    // An ordinary workshop has no commitments to vote on.
    const originFacilitator = control(origin.facilitatorToken);
    await waitFor(() => originFacilitator.latest() !== null, 'connected');
    expect((await originFacilitator.send('commitment:put-to-vote', { rowId, ...rules })).ok).toBe(false);
  });

  it('two consoles putting one row to the vote at once open one vote', async () => {
    const day = await dialogueDay();
    const consoles = [control(day.facilitatorToken), control(day.facilitatorToken)];
    await waitFor(() => consoles.every((c) => c.latest() !== null), 'connected');
    const [rowId] = (await exportRecord(day.id, day.facilitatorToken)).planRows.map((row) => row.id) as [string];
    const rules = { franchise: 'participant', secret: false, showResults: 'live', threshold: 'majority' } as const;
    const answers = await Promise.all(consoles.map((c) => c.send('commitment:put-to-vote', { rowId, ...rules })));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
    expect(answers.find((answer) => !answer.ok)).toMatchObject({ error: { code: 'conflict' } });
    const votes = await server.store.listVotes(day.id);
    expect(votes.filter((vote) => vote.spec.subject?.itemId === rowId)).toHaveLength(1);
  });

  it('a passed vote on a row neither overwrites a commitment recorded meanwhile by representatives nor confirms a row removed meanwhile; the audit says so', async () => {
    const day = await dialogueDay();
    const ministry = await joinWorkshop(server.url, day, 'Dorj', 'Ministry of Justice', { layer: 'government', body: 'Ministry of Justice' });
    const cso = await joinWorkshop(server.url, day, 'Tuya', 'Globe International', { layer: 'cso' });
    const facilitator = control(day.facilitatorToken);
    const voter = control(cso.token);
    await waitFor(() => facilitator.latest() !== null && voter.latest() !== null, 'connected');
    const [rowId, otherRow] = (await exportRecord(day.id, day.facilitatorToken)).planRows.map((row) => row.id) as [string, string];
    const rules = { franchise: 'participant', secret: false, showResults: 'live', threshold: 'majority' } as const;

    const opened = await facilitator.send('commitment:put-to-vote', { rowId, ...rules });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    expect((await facilitator.send('commitment:record', { rowId, participantIds: [ministry.participantId, cso.participantId] })).ok).toBe(true);
    expect((await voter.send('vote:cast', { voteId: opened.voteId, choice: 'yes', requestId: crypto.randomUUID() })).ok).toBe(true);
    expect(await facilitator.send('vote:close', { voteId: opened.voteId })).toMatchObject({ ok: true, result: { passed: true } });
    await waitFor(() => facilitator.audits.some((entry) => entry.detail.voteId === opened.voteId && String(entry.detail.commitment).includes('named representatives')), 'the audit of the vote');
    expect(facilitator.latest()!.dialogue!.commitments[rowId]).toMatchObject({ voteId: null, representatives: [{ name: 'Dorj' }, { name: 'Tuya' }] });

    const second = await facilitator.send('commitment:put-to-vote', { rowId: otherRow, ...rules });
    if (!second.ok) throw new Error(JSON.stringify(second));
    await server.rooms.change(documentName(day.id, 'plan'), organiserOf(day.id), (doc) => void removeRow(doc, otherRow));
    expect((await voter.send('vote:cast', { voteId: second.voteId, choice: 'yes', requestId: crypto.randomUUID() })).ok).toBe(true);
    expect(await facilitator.send('vote:close', { voteId: second.voteId })).toMatchObject({ ok: true, result: { passed: true } });
    await waitFor(() => facilitator.audits.some((entry) => entry.detail.voteId === second.voteId && String(entry.detail.commitment).includes('no longer in the plan')), 'the audit of the removed row');
    expect(facilitator.latest()!.dialogue!.commitments[otherRow]).toBeUndefined();
  });

  it('a commitment vote counted but never settled (the server stopped in between) is settled by closing it again', async () => {
    const day = await dialogueDay();
    const cso = await joinWorkshop(server.url, day, 'Tuya', 'Globe International', { layer: 'cso' });
    const facilitator = control(day.facilitatorToken);
    const voter = control(cso.token);
    await waitFor(() => facilitator.latest() !== null && voter.latest() !== null, 'connected');
    const [rowId] = (await exportRecord(day.id, day.facilitatorToken)).planRows.map((row) => row.id) as [string];
    const opened = await facilitator.send('commitment:put-to-vote', { rowId, franchise: 'participant', secret: false, showResults: 'live', threshold: 'majority' });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    expect((await voter.send('vote:cast', { voteId: opened.voteId, choice: 'yes', requestId: crypto.randomUUID() })).ok).toBe(true);

    // What a stop right after the result is recorded leaves behind: counted, the row no commitment.
    const ballots = (await server.store.closeVote(opened.voteId, Date.now()))!;
    const vote = (await server.store.listVotes(day.id)).find((v) => v.id === opened.voteId)!;
    const result = buildResult({ spec: vote.spec, ballots: ballots.map((b) => ({ ...b, choice: b.choice! })), present: 1, openedAt: vote.openedAt, closedAt: Date.now(), charterHash: null });
    await server.store.recordResult(opened.voteId, result, { at: Date.now(), actorRole: 'facilitator', actorName: 'Facilitator', command: 'vote:close', detail: { voteId: opened.voteId } }, false);

    expect(await facilitator.send('vote:close', { voteId: opened.voteId })).toMatchObject({ ok: true, result: { passed: true } });
    await waitFor(() => facilitator.latest()?.dialogue?.commitments[rowId]?.voteId === opened.voteId, 'the commitment by the vote');
    expect(await facilitator.send('vote:close', { voteId: opened.voteId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a dialogue day restored from a record whose responses keep the old per-row layout gets the top-level layout, every word kept', async () => {
    const day = await dialogueDay();
    const record = await exportRecord(day.id, day.facilitatorToken);
    const [rowId] = record.planRows.map((row) => row.id) as [string];
    // The old layout: the row's own map with its texts; and a device's top-level write before the map reached it.
    const legacy = new Y.Doc();
    const map = new Y.Map<unknown>();
    legacy.getMap('responses').set(rowId, map);
    map.set('position', 'accepts');
    map.set('ministry', new Y.Text('Ministry of Justice'));
    map.set('timeline', new Y.Text(''));
    legacy.getText(`response:${rowId}:timeline`).insert(0, 'June 2027');
    const old = { ...record, documents: { ...record.documents, responses: Buffer.from(Y.encodeStateAsUpdate(legacy)).toString('base64') } };

    const answer = await postRaw(`${server.url}/api/workshops/import`, JSON.stringify(old), bearer(server.organiserKey));
    expect(answer.status, answer.body.error?.message).toBe(201);
    const restored = answer.body as unknown as CreateWorkshopResponse;
    const again = await exportRecord(restored.id, restored.facilitatorToken);
    const responses = new Y.Doc();
    Y.applyUpdate(responses, Buffer.from(again.documents.responses, 'base64'));
    expect(responses.getMap('responses').size).toBe(0);
    expect(readResponses(responses).get(rowId)).toMatchObject({ position: 'accepts', ministry: 'Ministry of Justice', timeline: 'June 2027' });
  });
});
