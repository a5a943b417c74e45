/**
 * The UPR Info database export: `SuR, Rgrp, Org, Recommendation, RS, Rgrp, Org, Response,
 * Action, Issue, Session`. Header names repeat (the regional group and organisations of the
 * state under review, then of the recommending state); one row per recommending state, so a
 * recommendation made by two states is two rows (merged later); issues in one comma-joined cell.
 */
import { commaList, cycleOfSession, parseActionCategory, parseResponse, parseSession } from './cellValues.js';
import { emptyRecommendation, type Header, type Layout, type LayoutRead, missingText } from './layout.js';
import type { TableRow } from './table.js';

export const uprInfoLayout: Layout = {
  name: 'UPR Info database export (SuR, Recommendation, RS, Response, Action, Issue, Session)',
  requiredColumns: ['SuR', 'Recommendation', 'RS', 'Response'],
  read(header, rows, review) {
    const result: LayoutRead = { rows: [], skipped: 0, errors: [], warnings: [] };
    for (const row of rows) {
      const text = header.cell(row, 'Recommendation');
      if (text === '') {
        result.errors.push(missingText(row.row, 'Recommendation'));
        continue;
      }
      const session = readSession(header, row, result);
      result.rows.push({
        row: row.row,
        recommendation: {
          ...emptyRecommendation(review, text),
          recommendingStates: commaList(header.cell(row, 'RS')),
          response: readResponse(header, row, result),
          themes: commaList(header.cell(row, 'Issue')),
          actionCategory: readAction(header, row, result),
          session,
          cycle: cycleOfSession(session),
        },
      });
    }
    return result;
  },
};

function readResponse(header: Header, row: TableRow, result: LayoutRead) {
  const cell = header.cell(row, 'Response');
  const response = parseResponse(cell);
  if (response !== null) return response;
  result.warnings.push({ row: row.row, column: 'Response', message: `"${cell}" is not Accepted, Supported, Noted or Not Supported; imported as pending` });
  return 'pending';
}

function readAction(header: Header, row: TableRow, result: LayoutRead) {
  const cell = header.cell(row, 'Action');
  const category = parseActionCategory(cell);
  if (category !== undefined) return category;
  result.warnings.push({ row: row.row, column: 'Action', message: `"${cell}" is not an action category from 1 to 5; imported without one` });
  return null;
}

function readSession(header: Header, row: TableRow, result: LayoutRead) {
  const cell = header.cell(row, 'Session');
  const session = parseSession(cell);
  if (session !== undefined) return session;
  result.warnings.push({ row: row.row, column: 'Session', message: `"${cell}" is not a session number; imported without one` });
  return null;
}
