import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { joinWorkshop } from '../support/api.js';
import { CHARTER_EN, CHARTER_MN, FORMULA, richWorkshop, XSS } from '../support/richWorkshop.js';
import { startTestServer } from '../support/testServer.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let workshop: CreateWorkshopResponse;
let record: WorkshopRecordFile;
const cleanups: (() => unknown)[] = [];

const download = async (file: string, token = workshop.facilitatorToken) =>
  fetch(`${server.url}/api/workshops/${workshop.id}/export/${file}`, { headers: { authorization: `Bearer ${token}` } });
const bytes = async (file: string) => {
  const response = await download(file);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};
const csvRows = async (file: string) => {
  const raw = await bytes(file);
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(raw.toString('utf8').slice(1), { relaxQuotes: false });
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

beforeAll(async () => {
  server = await startTestServer();
  ({ workshop } = await richWorkshop(server, cleanups));
  record = (await (await download('record.json')).json()) as WorkshopRecordFile;
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await server.close();
});

describe('the session record', () => {
  it('keeps votes, the adopted charter, attendance, plan and strategy rows and every Yjs state in record.json', () => {
    expect(record.charter).toMatchObject({ adopted: true, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(record.charter.text).toContain(CHARTER_MN);
    expect(record.charter.signatories.map((s) => s.organisation).sort()).toEqual(['Globe International', 'MONFEMNET']);
    expect(record.votes).toHaveLength(1);
    expect(record.votes[0]).toMatchObject({ adopt: 'charter', passed: true, charterHash: record.charter.hash });
    expect(record.planRows).toHaveLength(2);
    expect(record.strategyRows).toHaveLength(1);
    expect(record.attendance).toHaveLength(3);
    expect(record.attendance.every((a) => a.sessions.length === 1)).toBe(true);
    expect(record.attendance.find((a) => a.organisation === 'Globe International')?.firstTimeOrganisation).toBe(true);
    expect(record.attendance.find((a) => a.organisation === 'MONFEMNET')?.firstTimeOrganisation).toBe(false);
    expect(record.control.returningOrganisations).toEqual(['MONFEMNET']);
    for (const state of Object.values(record.documents)) expect(state).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
  });

  it('writes the charter PDF with Mongolian and English text, the hash and the result, on A4 with page numbers', async () => {
    const pdf = await bytes('charter.pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(pdf.toString('latin1')).toContain('DejaVuSans');
    const text = await pdfText(pdf);
    expect(text).toContain(CHARTER_MN);
    expect(text).toContain(CHARTER_EN);
    expect(text).toContain('Үр дүнгийн харти');
    expect(text).toContain(record.charter.hash);
    expect(text).toMatch(/Adopted on \d{4}-\d{2}-\d{2}/);
    expect(text).toContain('adopted');
    expect(text).toContain('yes: 2');
    expect(text).toContain('1 / 1');
    expect(text).toContain('Globe International');
  });

  it('writes the charter DOCX with Heading styles and Word numbering', async () => {
    const files = unzipSync(new Uint8Array(await bytes('charter.docx')));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(strFromU8(files['word/numbering.xml']!)).toContain('w:val="decimal"');
    expect(xml).toContain(CHARTER_MN);
    expect(xml).toContain('Ratify OP-CAT');
    expect(xml).toContain(record.charter.hash);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain('<img');
  });

  it('writes the charter in Markdown with headings, numbered priorities and inert participant text', async () => {
    const markdown = (await bytes('charter.md')).toString('utf8');
    expect(markdown).toContain('## Үр дүнгийн харти — Outcome charter');
    expect(markdown).toMatch(/^1\. Эмэгтэйчүүдийн эрхийг хангах$/m);
    expect(markdown).toMatch(/^3\. We protect human rights defenders$/m);
    expect(markdown).toContain(record.charter.hash);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
  });

  /** What the plan matrix lists after its plan rows: the current review's recommendations no row serves. */
  const openInPlan = (inCluster = false) => {
    const planned = new Set(record.planRows.flatMap((row) => row.recommendationKeys));
    return record.recommendations.filter((r) => r.cycle === 'current' && !planned.has(r.key) && (!inCluster || r.clusterId !== null));
  };
  /** Internal codes that must never reach a reader of the plan. */
  const CODES = ['supported', 'noted', 'pending', 'high', 'medium', 'low', 'not-started', 'ongoing', 'completed', 'no plan row', 'current', 'previous'];

  it('writes plan.xlsx with a header, frozen panes, wrapped text, every plan row and the current review’s open recommendations, one sheet per cluster', async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type, narrower than Node's.
    await workbook.xlsx.load((await bytes('plan.xlsx')) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['All', 'Torture  prevention  OP-CAT']);
    const all = workbook.getWorksheet('All')!;
    expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = all.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1).map((value) => (value ?? '') as string));
    const [header, ...body] = rows;
    const column = (name: string) => header!.indexOf(name);
    expect(header!.slice(0, 3)).toEqual(['Recommendation', 'Review', 'Recommendation text']);
    expect(header).toEqual(expect.arrayContaining(['Indicators', 'Baseline', 'Source of the indicator data', 'Status']));
    expect(body).toHaveLength(record.planRows.length + openInPlan().length);

    // The first plan row keeps its indicator's baseline and source; codes are written as words.
    expect(body[0]![column('Responsible government body')]).toBe(`'${FORMULA}`);
    expect(body[0]![column('Baseline')]).toBe('Not ratified (2015)');
    expect(body[0]![column('Source of the indicator data')]).toBe('UN Treaty Collection');
    expect(body[0]![column('Priority')]).toBe('High');
    expect(body[0]![column('Status')]).toBe('Not started');
    const open = body.slice(record.planRows.length);
    expect(open.map((row) => row[column('Review')])).toEqual(open.map(() => 'Current review'));
    expect(new Set(open.map((row) => row[column('Status')]))).toEqual(new Set(['Not yet in the plan']));
    expect(new Set(open.map((row) => row[column('Position')]))).toEqual(new Set(['Supported', 'Noted']));
    for (const name of ['Review', 'Position', 'Priority', 'Status']) {
      for (const row of body) expect(CODES, `${name}: ${row[column(name)]}`).not.toContain(row[column(name)]);
    }
    expect(all.getRow(2).alignment?.wrapText).toBe(true);
    const cluster = workbook.worksheets[1]!;
    expect(cluster.rowCount).toBe(1 + 1 + openInPlan(true).length);
  });

  it('writes plan.csv and strategy.csv with their columns and neutralised formulas', async () => {
    const plan = await csvRows('plan.csv');
    expect(plan[0]).toContain('Responsible government body');
    expect(plan).toHaveLength(1 + record.planRows.length + openInPlan().length);
    expect(plan[1]![plan[0]!.indexOf('Responsible government body')]).toBe(`'${FORMULA}`);
    expect(plan[1]![plan[0]!.indexOf('Lead civil society organisation')]).toBe(XSS);
    expect(plan[1]![plan[0]!.indexOf('Baseline')]).toBe('Not ratified (2015)');
    const strategy = await csvRows('strategy.csv');
    expect(strategy[0]).toEqual(['Activity', 'Target', 'Target detail', 'Recommendations', 'Lead organisation', 'Milestone', 'Milestone date', 'Resources', 'Status']);
    expect(strategy[1]![0]).toBe("'+cmd|calc");
  });

  it('writes the plan’s words in Mongolian when the export page asks for them', async () => {
    const plan = await csvRows('plan.csv?lang=mn');
    expect(plan[0]).toEqual(expect.arrayContaining(['Зөвлөмж', 'Суурь түвшин', 'Шалгуур үзүүлэлтийн мэдээллийн эх сурвалж', 'Төлөв']));
    expect(plan[1]![plan[0]!.indexOf('Төлөв')]).toBe('Эхлээгүй');
    expect(plan.at(-1)![plan[0]!.indexOf('Хэлэлцүүлэг')]).toBe('Одоогийн хэлэлцүүлэг');
  });

  it('writes experiences, votes and attendance CSVs', async () => {
    const experiences = await csvRows('experiences.csv');
    expect(experiences[0]).toContain('Assessment');
    expect(experiences).toHaveLength(1 + record.experiences.length);
    const linked = experiences[1]!;
    const recommendation = record.recommendations.find((r) => r.key === record.experiences[0]!.recommendationKeys[0])!;
    expect(linked[experiences[0]!.indexOf('Recommendations')]).toBe(recommendation.ref);
    expect(linked[experiences[0]!.indexOf('Recommendation texts')]).toBe(recommendation.text);
    expect(linked[experiences[0]!.indexOf('Assessment')]).toBe('partial');
    expect(linked[experiences[0]!.indexOf('Themes')]).toMatch(/Torture.*Justice/);
    expect(linked[experiences[0]!.indexOf('Evidence')]).toBe(`'${FORMULA}`);
    const votes = await csvRows('votes.csv');
    expect(votes[0]!.slice(0, 4)).toEqual(['Question', 'Kind', 'Franchise', 'Secret']);
    expect(votes[1]).toContain('passed');
    expect(votes[1]).toContain(record.charter.hash);
    const attendance = await csvRows('attendance.csv');
    expect(attendance.slice(1).map((row) => row[0])).toEqual(['Globe International', 'MONFEMNET', 'MONFEMNET']);
    expect(attendance[1]![3]).toBe('true');
    expect(attendance[1]![5]).toBe('1');
  });

  it('puts every file in archive.zip', async () => {
    const files = unzipSync(new Uint8Array(await bytes('archive.zip')));
    expect(Object.keys(files).map((name) => name.split('/')[1]).sort()).toEqual(
      ['attendance.csv', 'charter.docx', 'charter.md', 'charter.pdf', 'commitments.csv', 'commitments.docx', 'commitments.xlsx', 'experiences.csv', 'plan.csv', 'plan.xlsx', 'record.json', 'strategy.csv', 'votes.csv'],
    );
  });

  it('marks a charter that is not adopted as a draft', async () => {
    const response = await fetch(`${server.url}/api/workshops`, {
      method: 'POST', headers: { authorization: `Bearer ${server.organiserKey}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Empty' }),
    });
    const empty = (await response.json()) as CreateWorkshopResponse;
    const markdown = await (await fetch(`${server.url}/api/workshops/${empty.id}/export/charter.md`, { headers: { authorization: `Bearer ${server.organiserKey}` } })).text();
    expect(markdown).toContain('DRAFT — not adopted');
    const pdf = await fetch(`${server.url}/api/workshops/${empty.id}/export/charter.pdf`, { headers: { authorization: `Bearer ${empty.facilitatorToken}` } });
    expect(await pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain('DRAFT');
  });

  it('lets the facilitator and the organiser export, refuses participants and the projector, and knows no other file', async () => {
    expect((await download('votes.csv', server.organiserKey)).status).toBe(200);
    expect((await download('votes.csv', workshop.projectorToken)).status).toBe(403);
    const participant = await joinWorkshop(server.url, workshop, 'Late', 'Globe International');
    expect((await download('charter.pdf', participant.token)).status).toBe(403);
    expect((await download('secrets.txt')).status).toBe(404);
    expect((await download('..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await download('record.json', 'not-a-token-at-all-000')).status).toBe(401);
  });
});
