/**
 * The OHCHR Universal Human Rights Index export (XLSX): `Text, Countries Concerned,
 * Reccomending Body, Document Symbol, Themes, Affected Persons, Sdgs, Document Publication Date,
 * UPR Reccomending States, UPR Position, Type, …` — the misspellings are the index's own. Values
 * start with `- `, several values share a cell on separate lines, dates are Excel serial
 * numbers, and the paragraph stands at the start of the text (`115.1 Ratify …`). Rows of other
 * types (treaty bodies' and special procedures' observations) are skipped.
 */
import { cycleOfSession, lineList, parseDate, parseResponse, parseSession, sdgTarget, splitParagraph } from './cellValues.js';
import { emptyRecommendation, type Layout, type LayoutRead, missingText } from './layout.js';

export const ohchrIndexLayout: Layout = {
  name: 'OHCHR Universal Human Rights Index export (Text, Document Symbol, Themes, UPR Position, Type …)',
  requiredColumns: ['Text', 'Document Symbol', 'Type'],
  read(header, rows, review) {
    const result: LayoutRead = { rows: [], skipped: 0, errors: [], warnings: [] };
    for (const row of rows) {
      const cell = (name: string) => header.cell(row, name);
      if (!lineList(cell('Type')).some((type) => /recommendation/i.test(type))) {
        result.skipped++;
        continue;
      }
      const { ref, text } = splitParagraph(cell('Text').replace(/^-\s+/, ''));
      if (text === '') {
        result.errors.push(missingText(row.row, 'Text'));
        continue;
      }
      const response = parseResponse(cell('UPR Position'));
      if (response === null) {
        result.warnings.push({ row: row.row, column: 'UPR Position', message: `"${cell('UPR Position')}" is not Supported or Noted; imported as pending` });
      }
      const session = parseSession(cell('UPR Session'));
      if (session === undefined) {
        result.warnings.push({ row: row.row, column: 'UPR Session', message: `"${cell('UPR Session')}" is not a session number; imported without one` });
      }
      const publishedOn = parseDate(lineList(cell('Document Publication Date'))[0] ?? '');
      if (publishedOn === undefined) {
        result.warnings.push({ row: row.row, column: 'Document Publication Date', message: `"${cell('Document Publication Date')}" is not a date; imported without one` });
      }
      result.rows.push({
        row: row.row,
        recommendation: {
          ...emptyRecommendation(review, text),
          ref,
          recommendingStates: lineList(cell('UPR Reccomending States')),
          response: response ?? 'pending',
          themes: lineList(cell('Themes')),
          affectedGroups: lineList(cell('Affected Persons')),
          sdgTargets: lineList(cell('Sdgs')).map(sdgTarget),
          session: session ?? null,
          cycle: cycleOfSession(session ?? null),
          documentSymbol: lineList(cell('Document Symbol'))[0] ?? null,
          publishedOn: publishedOn ?? null,
        },
      });
    }
    return result;
  },
};
