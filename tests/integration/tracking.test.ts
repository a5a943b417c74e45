import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { Assessment, TrackingBoard } from '../../shared/tracking.js';
import { joinWorkshop } from '../support/api.js';
import { startTestServer } from '../support/testServer.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let workshop: CreateWorkshopResponse;
let participantToken: string;

const EVIDENCE_MN = 'Эрүүдэн шүүхээс урьдчилан сэргийлэх үндэсний механизмыг 2026 онд байгуулсан.';
const XSS = '<img src=x onerror=alert(1)>';
const SOURCE_MN = 'Хүний эрхийн үндэсний комиссын 2026 оны илтгэл, 12-р хуудас';

const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${server.url}/api/workshops/${workshop.id}/tracking${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
  });
const board = async (token = participantToken) => (await (await api('', token)).json()) as TrackingBoard;
const assess = (body: Record<string, unknown>, token = participantToken) => api('/assessments', token, { method: 'POST', body: JSON.stringify(body) });
const download = async (file: string, query = '') => {
  const response = await api(`/export/${file}${query}`, participantToken);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};

async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
  }
  return text.replace(/\s+/g, ' ');
}

/**
 * Three assessments as coalition members make them: a recommendation rated twice (the latest
 * in Mongolian, with the next cycle's recommendation), then a plan row by the facilitator.
 */
async function recordHistory() {
  const before = await board();
  const key = before.recommendations[0]!.key;
  const row = before.planRows.find((r) => r.recommendationKeys.includes(key)) ?? before.planRows[0]!;
  const statuses = [
    (await assess({ target: { kind: 'recommendation', id: key }, rating: 'not', evidence: 'Nothing yet.', source: 'Ministry of Justice letter, 2026-03-01', assessedOn: '2026-03-01', authorName: 'Someone else' })).status,
    (await assess({ target: { kind: 'recommendation', id: key }, rating: 'partially', evidence: EVIDENCE_MN, source: SOURCE_MN, nextCycle: 'Механизмд хангалттай төсөв олгох', assessedOn: '2026-11-01' })).status,
    (await assess({ target: { kind: 'planRow', id: row.id }, rating: 'fully', evidence: `Visits held. ${XSS}`, source: 'https://nhrc.mn/report', assessedOn: '2026-10-15' }, workshop.facilitatorToken)).status,
  ];
  return { key, row, statuses };
}

beforeAll(async () => {
  server = await startTestServer();
});

// Each test its own workshop: the demo's recommendations and plan, and a coalition member.
beforeEach(async () => {
  const response = await fetch(`${server.url}/api/workshops/demo`, { method: 'POST', headers: { authorization: `Bearer ${server.organiserKey}` } });
  workshop = (await response.json()) as CreateWorkshopResponse;
  participantToken = (await joinWorkshop(server.url, workshop, 'Оюун', 'Глоуб Интернэшнл')).token;
});

afterAll(async () => {
  await server.close();
});

describe('implementation tracking', () => {
  it('refuses an assessment without a source with a clear error, and stores nothing', async () => {
    const target = { kind: 'recommendation', id: (await board()).recommendations[0]!.key };
    for (const source of [undefined, '', '   ']) {
      const response = await assess({ target, rating: 'fully', evidence: 'It was done.', source, assessedOn: '2026-11-01' });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: 'invalid', message: 'source: an assessment needs its source: a link or a citation' } });
    }
    expect((await board()).assessments).toEqual([]);
  });

  it('refuses an unknown target, a rating it does not know, a date in the future, and the projector', async () => {
    const target = { kind: 'recommendation', id: (await board()).recommendations[0]!.key };
    const base = { target, rating: 'partially', evidence: '', source: 'https://example.org', assessedOn: '2026-11-01' };
    expect((await assess({ ...base, target: { kind: 'planRow', id: 'no-such-row' } })).status).toBe(404);
    expect((await assess({ ...base, rating: 'mostly' })).status).toBe(400);
    expect((await assess({ ...base, assessedOn: '2999-01-01' })).status).toBe(400);
    expect((await assess({ ...base, assessedOn: '2026-02-30' })).status).toBe(400);
    expect((await assess(base, workshop.projectorToken)).status).toBe(403);
    expect((await api('', workshop.projectorToken)).status).toBe(403);
    expect((await assess(base, 'not-a-token-at-all-000')).status).toBe(401);
  });

  it('keeps the history in order, the author from the token, and the latest as the current rating', async () => {
    const { key, row, statuses } = await recordHistory();
    expect(statuses).toEqual([201, 201, 201]);
    // A date is required too.
    expect((await assess({ target: { kind: 'planRow', id: row.id }, rating: 'fully', evidence: '', source: 'https://nhrc.mn/report' })).status).toBe(400);
    const { assessments } = await board();
    expect(assessments.map((a) => [a.target.id, a.rating])).toEqual([[key, 'not'], [key, 'partially'], [row.id, 'fully']]);
    expect(assessments[0]).toMatchObject<Partial<Assessment>>({ authorName: 'Оюун', authorOrganisation: 'Глоуб Интернэшнл', source: 'Ministry of Justice letter, 2026-03-01' });
    expect(assessments[2]).toMatchObject<Partial<Assessment>>({ authorName: 'Facilitator', authorParticipantId: null });
    expect(assessments.every((a, i) => i === 0 || a.recordedAt >= assessments[i - 1]!.recordedAt)).toBe(true);
  });

  it('writes the OHCHR matrix as XLSX with one row per recommendation and its assessment, Cyrillic included', async () => {
    await recordHistory();
    const { recommendations } = await board();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('ohchr-matrix.xlsx', '?lang=mn')) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Хүснэгт');
    const rows = sheet.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1).map((value) => (value ?? '') as string));
    expect(rows[0]).toEqual(['Зөвлөмж', 'Байр суурь', 'Сэдвийн бүлэг', 'Хэрэгжилтийн түвшний үнэлгээ, тайлбар']);
    expect(rows).toHaveLength(recommendations.length + 1);
    const assessed = rows.find((row) => row[0]!.includes(recommendations[0]!.text))!;
    expect(assessed[1]).toBe('Дэмжсэн');
    expect(assessed[3]).toContain('Хэсэгчлэн хэрэгжсэн (2026-11-01).');
    expect(assessed[3]).toContain(EVIDENCE_MN);
    expect(assessed[3]).toContain(`Эх сурвалж: ${SOURCE_MN}`);
    expect(assessed[3]).not.toContain('Nothing yet.');
    expect(rows.filter((row) => row[3]!.startsWith('Үнэлээгүй'))).toHaveLength(recommendations.length - 1);
  });

  it('writes the OHCHR matrix as DOCX: a heading and a table with a header row and every recommendation', async () => {
    await recordHistory();
    const files = unzipSync(new Uint8Array(await download('ohchr-matrix.docx', '?lang=en')));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml.match(/<w:tr>|<w:tr /g)).toHaveLength((await board()).recommendations.length + 1);
    expect(xml).toContain('Assessment/comments on level of implementation');
    expect(xml).toContain('Partially implemented (2026-11-01).');
    expect(xml).toContain(EVIDENCE_MN);
    // A participant's words stay words.
    expect(xml).toContain('Visits held. &lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain('<img');
  });

  it('writes the mid-term report as DOCX with its headings, sources and the word count against the limit', async () => {
    await recordHistory();
    const files = unzipSync(new Uint8Array(await download('midterm-report.docx', '?lang=mn&submission=single')));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('w:val="Title"');
    expect(xml).toMatch(/w:val="Heading1".*Сэдвээр нэгтгэсэн дүгнэлт/s);
    expect(xml).toMatch(/w:val="Heading3"/);
    expect(xml).toContain(`Эх сурвалж: ${SOURCE_MN}`);
    expect(xml).toContain('Дараагийн мөчлөгт өгөх зөвлөмж: Механизмд хангалттай төсөв олгох');
    expect(xml).toMatch(/Үгийн тоо: [\d,]+ \/ 2,815 \(дан илтгэл\)\./);
  });

  it('writes the mid-term report as PDF in English with Cyrillic evidence and the joint limit', async () => {
    await recordHistory();
    const pdf = await download('midterm-report.pdf', '?lang=en');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Summary by theme');
    expect(text).toContain('Assessment by recommendation');
    expect(text).toContain(EVIDENCE_MN);
    expect(text).toContain('Partially implemented');
    expect(text).toMatch(/Word count: [\d,]+ of 5,630 \(joint submission\)\./);
  });

  it('keeps the joint or single submission for the workshop: every member reads the one limit, the report is written to it', async () => {
    const other = (await joinWorkshop(server.url, workshop, 'Болд', 'MONFEMNET')).token;
    expect((await board()).submission).toBe('joint');
    const choose = (submission: unknown, token = participantToken) => api('/submission', token, { method: 'PUT', body: JSON.stringify({ submission }) });
    const chosen = await choose('single');
    expect(chosen.status).toBe(200);
    expect(await chosen.json()).toEqual({ submission: 'single' });
    // Another member, the facilitator and the organiser read the same choice.
    for (const token of [other, workshop.facilitatorToken, server.organiserKey]) expect((await board(token)).submission).toBe('single');
    // The report is written to it unless asked for the other limit.
    const xml = (query: string) => download('midterm-report.docx', query).then((docx) => strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!));
    expect(await xml('?lang=en')).toMatch(/Word count: [\d,]+ of 2,815 \(single submission\)\./);
    expect(await xml('?lang=en&submission=joint')).toMatch(/Word count: [\d,]+ of 5,630 \(joint submission\)\./);
    // A bad choice, or the projector's, changes nothing.
    for (const [body, token, status] of [['both', participantToken, 400], [undefined, participantToken, 400], ['joint', workshop.projectorToken, 403]] as const) {
      const refused = await choose(body, token);
      expect(refused.status).toBe(status);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(status === 400 ? /joint.*single/ : /projector/);
    }
    expect((await board(other)).submission).toBe('single');
    // The facilitator chooses again for everyone.
    expect((await choose('joint', workshop.facilitatorToken)).status).toBe(200);
    expect((await board(other)).submission).toBe('joint');
  });

  it('refuses an unknown export file', async () => {
    expect((await api('/export/secrets.txt', participantToken)).status).toBe(404);
  });
});
