import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRecommendations } from './importRecommendations.js';
import { encode, toCsv, toXlsx, XLSX_TYPE } from './testFixtures.js';

/** The real 2010 file (A/HRC/16/5), in the repository as the demo's copy. */
const MONGOLIA_2010 = path.resolve(import.meta.dirname, '../demo/mongolia-2010-upr-recommendations.csv');

const UPR_INFO_HEADER = ['SuR', 'Rgrp', 'Org', 'Recommendation', 'RS', 'Rgrp', 'Org', 'Response', 'Action', 'Issue', 'Session'];
const uprInfoRow = (text: string, state: string, response: string, issues: string, action = '5', session = '22') =>
  ['Mongolia', 'Asia-Pacific Group', 'OIC', text, state, 'WEOG', 'EU', response, action, issues, session];

const OHCHR_HEADER = [
  'Text', 'Countries Concerned', 'Reccomending Body', 'Document Symbol', 'Themes', 'Affected Persons', 'Sdgs',
  'Document Publication Date', 'UPR Reccomending States', 'UPR Position', 'Type', 'OHCHR Annotation Id', 'UPR Session',
  'Regions Concerned', 'Recommending Regions', 'Date of publication on UHRI',
];

describe('importing the UN matrix layout', () => {
  it('reads the real 2010 Mongolia file: 129 recommendations, 126 supported and 3 noted', async () => {
    const bytes = fs.readFileSync(MONGOLIA_2010);
    const result = await importRecommendations(bytes, { review: 'previous', contentType: 'text/csv' });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.recommendations).toHaveLength(129);
    expect(result.recommendations.filter((r) => r.response === 'supported')).toHaveLength(126);
    expect(result.recommendations.filter((r) => r.response === 'noted').map((r) => r.ref)).toEqual(['86.1', '86.2', '86.3']);
    const first = result.recommendations[0]!;
    expect(first).toMatchObject({ ref: '84.1', recommendingStates: ['France'], review: 'previous', response: 'supported' });
    expect(first.text).toMatch(/^Ratify, at the earliest possible date, the International Convention/);
    expect(result.recommendations.map((r) => r.ref)).toContain('86.10');
  });

  it('keeps curly quotes and splits several states', async () => {
    const text = toCsv([
      ['Paragraph', 'Recommendation', 'Recommending States', 'Position'],
      ['84.7', 'Adopt the “Law on Domestic Violence” and the State’s plan', 'Brazil, Spain', 'Accepted'],
    ]);
    const result = await importRecommendations(encode(text, 'utf-8'), { review: 'current' });
    expect(result.recommendations[0]).toMatchObject({
      text: 'Adopt the “Law on Domestic Violence” and the State’s plan',
      recommendingStates: ['Brazil', 'Spain'],
    });
  });

  it.each(['utf-8', 'utf-8-bom', 'windows-1252', 'macintosh'] as const)('reads a file saved as %s', async (encoding) => {
    const text = toCsv([
      ['Paragraph', 'Recommendation', 'Recommending States', 'Position'],
      ['84.7', 'Ensure the State’s “résumé” of reforms – including à la carte measures — is public', 'Côte d’Ivoire', 'Noted'],
      ['84.8', 'Protect children’s rights', 'France', 'Accepted'],
    ]);
    const result = await importRecommendations(encode(text, encoding), { review: 'current', contentType: 'text/csv' });
    expect(result.errors).toEqual([]);
    expect(result.recommendations.map((r) => r.text)).toEqual([
      'Ensure the State’s “résumé” of reforms – including à la carte measures — is public',
      'Protect children’s rights',
    ]);
    expect(result.recommendations[0]?.recommendingStates).toEqual(['Côte d’Ivoire']);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['bare CR', '\r'],
  ])('reads %s line endings, also inside a quoted cell, and trims trailing spaces', async (_name, eol) => {
    const text = toCsv([
      ['Paragraph ', 'Recommendation', 'Recommending States', 'Position  '],
      ['84.1', `First line${eol}second line   `, 'Norway  ', 'Accepted '],
      ['84.2', 'Another', 'Canada', 'Noted'],
    ], { eol });
    const result = await importRecommendations(encode(text, 'utf-8'), { review: 'current' });
    expect(result.errors).toEqual([]);
    expect(result.recommendations.map((r) => [r.ref, r.text, r.recommendingStates, r.response])).toEqual([
      ['84.1', `First line${eol}second line`, ['Norway'], 'supported'],
      ['84.2', 'Another', ['Canada'], 'noted'],
    ]);
  });

  it('reads semicolon-separated files as European Excel saves them', async () => {
    const text = toCsv([['Paragraph', 'Recommendation', 'Recommending States', 'Position'], ['84.1', 'Ratify, soon', 'France', 'Accepted']], { separator: ';' });
    const result = await importRecommendations(encode(text, 'windows-1252'), { review: 'current' });
    expect(result.recommendations[0]?.text).toBe('Ratify, soon');
  });

  it('finds the header below title rows', async () => {
    const text = toCsv([['Recommendations to Mongolia'], [''], ['Paragraph', 'Recommendation', 'Recommending States', 'Position'], ['84.1', 'Ratify', 'France', 'Accepted']]);
    const result = await importRecommendations(encode(text, 'utf-8'), { review: 'current' });
    expect(result.recommendations).toHaveLength(1);
  });

  it('imports an unknown position as pending and says so', async () => {
    const text = toCsv([['Paragraph', 'Recommendation', 'Recommending States', 'Position'], ['84.1', 'Ratify', 'France', 'Partially accepted'], ['84.2', 'Adopt', 'Chile', '']]);
    const result = await importRecommendations(encode(text, 'utf-8'), { review: 'current' });
    expect(result.recommendations.map((r) => r.response)).toEqual(['pending', 'pending']);
    expect(result.warnings).toEqual([{ row: 2, column: 'Position', message: expect.stringContaining('"Partially accepted"') }]);
  });
});

describe('importing the UPR Info database export', () => {
  it('merges one row per recommending state into one recommendation', async () => {
    const text = toCsv([
      UPR_INFO_HEADER,
      uprInfoRow('Ratify the Optional Protocol to the Convention against Torture', 'Denmark', 'Supported', 'Torture and other CID,International instruments'),
      uprInfoRow('Ratify the Optional Protocol to the Convention against Torture', 'Czech Republic', 'Accepted', 'Torture and other CID,International instruments'),
      uprInfoRow('Abolish the death penalty', 'France', 'Not Supported', 'Death penalty', '4'),
      uprInfoRow('Consider abolishing the death penalty', 'Italy', 'Noted', 'Death penalty', '3'),
    ]);
    const result = await importRecommendations(encode(text, 'utf-8'), { review: 'current', contentType: 'text/csv' });
    expect(result.errors).toEqual([]);
    expect(result.recommendations).toHaveLength(3);
    expect(result.recommendations[0]).toMatchObject({
      ref: null,
      recommendingStates: ['Denmark', 'Czech Republic'],
      response: 'supported',
      themes: ['Torture and other CID', 'International instruments'],
      actionCategory: 5,
      session: 22,
      cycle: 2,
    });
    expect(result.recommendations.slice(1).map((r) => [r.response, r.actionCategory])).toEqual([['noted', 4], ['noted', 3]]);
  });

  it('reads the same export saved as XLSX', async () => {
    const bytes = await toXlsx({ Recommendations: [UPR_INFO_HEADER, uprInfoRow('Protect human rights defenders', 'Norway', 'Supported', 'Human rights defenders', '5', '9')] });
    const result = await importRecommendations(bytes, { review: 'current', contentType: XLSX_TYPE });
    expect(result.recommendations).toEqual([expect.objectContaining({ text: 'Protect human rights defenders', session: 9, cycle: 1, recommendingStates: ['Norway'] })]);
  });
});

describe('importing the OHCHR Universal Human Rights Index export', () => {
  const row = (text: string, type = '- UPR Recommendation') => [
    text, '- Mongolia', '- UPR', '- A/HRC/30/6', '- A41 Constitutional and legislative framework\n- D51 Administration of justice & fair trial',
    '- Women\n- Girls', '- 16.3 Promote the rule of law\n- 5.1 End discrimination against women', 42198,
    '- Brazil\n- Spain', '- Supported', type, 'a1b2', '- 22', '- Asia-Pacific States', '- GRULAC\n- WEOG', 44000,
  ];

  it('reads multi-line cells, the paragraph at the start of the text and Excel dates, and skips other types', async () => {
    const bytes = await toXlsx({
      Notes: [['Exported from the Universal Human Rights Index']],
      Data: [OHCHR_HEADER, row('115.1 Ratify the Convention on Enforced Disappearance'), row('Observation of the Committee', '- Concluding Observation')],
    });
    const result = await importRecommendations(bytes, { review: 'current', contentType: 'application/octet-stream' });
    expect(result.errors).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(result.recommendations).toEqual([{
      ref: '115.1',
      text: 'Ratify the Convention on Enforced Disappearance',
      recommendingStates: ['Brazil', 'Spain'],
      response: 'supported',
      themes: ['A41 Constitutional and legislative framework', 'D51 Administration of justice & fair trial'],
      affectedGroups: ['Women', 'Girls'],
      sdgTargets: ['16.3', '5.1'],
      actionCategory: null,
      cycle: 2,
      session: 22,
      review: 'current',
      documentSymbol: 'A/HRC/30/6',
      publishedOn: '2015-07-13',
    }]);
  });
});

describe('malformed files import nothing and name the row', () => {
  const matrix = (...rows: string[][]) => toCsv([['Paragraph', 'Recommendation', 'Recommending States', 'Position'], ...rows]);

  it('an unclosed quote names the row it starts on', async () => {
    const text = 'Paragraph,Recommendation,Recommending States,Position\r\n84.1,Ratify,France,Accepted\r\n84.2,"Adopt a law,Chile,Accepted\r\n84.3,Protect,Peru,Accepted\r\n';
    const result = await importRecommendations(encode(text, 'utf-8'), { review: 'current' });
    expect(result.recommendations).toEqual([]);
    expect(result.errors).toEqual([{ row: 3, column: null, message: expect.stringContaining('never closed') }]);
  });

  it('a row without text names the row and the column', async () => {
    const result = await importRecommendations(encode(matrix(['84.1', 'Ratify', 'France', 'Accepted'], ['84.2', '', 'Chile', 'Accepted']), 'utf-8'), { review: 'current' });
    expect(result.recommendations).toEqual([]);
    expect(result.errors).toEqual([{ row: 3, column: 'Recommendation', message: expect.stringContaining('empty') }]);
  });

  it('a row with more cells than the header (an unquoted comma) is refused', async () => {
    const text = 'Paragraph,Recommendation,Recommending States,Position\n84.1,Ratify, at once,France,Accepted\n';
    const result = await importRecommendations(encode(text, 'utf-8'), { review: 'current' });
    expect(result.recommendations).toEqual([]);
    expect(result.errors[0]).toMatchObject({ row: 2, message: expect.stringContaining('double quotes') });
  });

  it('an unknown header names the first row and the layouts it expected', async () => {
    const result = await importRecommendations(encode(toCsv([['Name', 'Email'], ['A', 'a@example.org']]), 'utf-8'), { review: 'current' });
    expect(result.recommendations).toEqual([]);
    expect(result.errors).toEqual([{ row: 1, column: null, message: expect.stringMatching(/Name, Email.*UN matrix.*UPR Info/) }]);
  });

  it.each([
    ['a PDF', new TextEncoder().encode('%PDF-1.4\n\u0000\u0001binary'), 'not a spreadsheet'],
    ['an old .xls workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), '.xls'],
    ['a damaged XLSX', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'could not be opened'],
    ['an empty file', new Uint8Array(), 'empty'],
  ])('%s is refused in plain words', async (_name, bytes, words) => {
    const result = await importRecommendations(bytes, { review: 'current', contentType: 'application/octet-stream' });
    expect(result.recommendations).toEqual([]);
    expect(result.errors).toEqual([{ row: null, column: null, message: expect.stringContaining(words) }]);
  });

  it('a header without rows is refused', async () => {
    const result = await importRecommendations(encode(matrix(), 'utf-8'), { review: 'current' });
    expect(result.errors[0]?.message).toContain('no rows below the header');
  });
});
