/**
 * Property: any valid table, written out as a spreadsheet program would (any encoding, line
 * ending, CSV or XLSX), reads back as the recommendations it holds. The seed is printed; rerun
 * a failure with FC_SEED=<seed>.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportedRecommendation } from '../../shared/recommendations.js';
import { importRecommendations } from './importRecommendations.js';
import { encode, toCsv, toXlsx, XLSX_TYPE } from './testFixtures.js';

const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.info(`importer round-trip properties: seed ${seed} (rerun with FC_SEED=${seed})`);

/** Characters real recommendations hold, all of them in both Windows-1252 and Mac Roman. */
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', ' ', ',', ';', '.', '(', ')', '"', "'", '’', '“', '”', '–', '—', 'é', 'è', 'à', 'ç', 'ü', 'ö', 'ô'];
const word = fc.string({ unit: fc.constantFrom(...ALPHABET.filter((c) => /[a-zé]/i.test(c))), minLength: 1, maxLength: 8 });
const text = fc
  .tuple(word, fc.string({ unit: fc.constantFrom(...ALPHABET, '\n'), maxLength: 80 }), word)
  .map(([a, middle, b]) => `${a}${middle}${b}`);
const state = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
const POSITIONS = { Accepted: 'supported', Supported: 'supported', Noted: 'noted', 'Not Supported': 'noted' } as const;
const position = fc.constantFrom(...(Object.keys(POSITIONS) as (keyof typeof POSITIONS)[]));

const matrixTable = fc.uniqueArray(
  fc.record({ ref: fc.tuple(fc.integer({ min: 80, max: 130 }), fc.integer({ min: 1, max: 200 })).map(([a, b]) => `${a}.${b}`), text, states: fc.uniqueArray(state, { minLength: 1, maxLength: 3 }), position }),
  { minLength: 1, maxLength: 25, selector: (row) => row.ref },
);

const isValidUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const expected = (rows: { ref: string | null; text: string; states: string[]; position: keyof typeof POSITIONS }[]) =>
  rows.map((row) => expect.objectContaining<Partial<ImportedRecommendation>>({ ref: row.ref, text: row.text, recommendingStates: row.states, response: POSITIONS[row.position] }));

describe('importers round-trip random valid tables', () => {
  it('UN matrix CSV in every encoding and line ending', async () => {
    await fc.assert(
      fc.asyncProperty(matrixTable, fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252', 'macintosh' as const), fc.constantFrom('\n', '\r\n', '\r'), async (rows, encoding, eol) => {
        const csv = toCsv([['Paragraph', 'Recommendation', 'Recommending States', 'Position'], ...rows.map((r) => [r.ref, r.text, r.states.join(', '), r.position])], { eol });
        const bytes = encode(csv, encoding);
        // Legacy bytes that happen to be valid UTF-8 (Mac Roman "—è" is UTF-8 "я") are genuinely
        // ambiguous; the decoder takes UTF-8 by design, since Mongolian text is Cyrillic.
        fc.pre(encoding.startsWith('utf-8') || !isValidUtf8(bytes));
        const result = await importRecommendations(bytes, { review: 'current', contentType: 'text/csv' });
        expect(result.errors).toEqual([]);
        expect(result.recommendations).toEqual(expected(rows));
      }),
      { seed, numRuns: 150 },
    );
  });

  it('UPR Info XLSX with one row per recommending state', async () => {
    const table = fc.uniqueArray(fc.record({ text, states: fc.uniqueArray(state, { minLength: 1, maxLength: 3 }), position }), {
      minLength: 1,
      maxLength: 10,
      selector: (row) => row.text.toLowerCase().replace(/[’“”–—]/g, '').replace(/\s+/g, ' '),
    });
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const sheet = rows.flatMap((r) => r.states.map((s) => ['Mongolia', 'Asia', 'OIC', r.text, s, 'WEOG', 'EU', r.position, '5', 'Torture', '22']));
        const bytes = await toXlsx({ Sheet1: [['SuR', 'Rgrp', 'Org', 'Recommendation', 'RS', 'Rgrp', 'Org', 'Response', 'Action', 'Issue', 'Session'], ...sheet] });
        const result = await importRecommendations(bytes, { review: 'current', contentType: XLSX_TYPE });
        expect(result.errors).toEqual([]);
        expect(result.recommendations).toEqual(expected(rows.map((r) => ({ ...r, ref: null }))));
      }),
      { seed, numRuns: 25 },
    );
  });
});
