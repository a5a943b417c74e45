/**
 * The UN matrix: `Paragraph, Recommendation, Recommending States, Position`, one row per
 * paragraph of the Working Group report, states comma-separated (the 2010 Mongolia file).
 */
import { commaList, paragraphRef, parseResponse } from './cellValues.js';
import { emptyRecommendation, type Layout, type LayoutRead, missingText } from './layout.js';

export const unMatrixLayout: Layout = {
  name: 'UN matrix (Paragraph, Recommendation, Recommending States, Position)',
  requiredColumns: ['Paragraph', 'Recommendation', 'Recommending States', 'Position'],
  read(header, rows, review) {
    const result: LayoutRead = { rows: [], skipped: 0, errors: [], warnings: [] };
    for (const row of rows) {
      const text = header.cell(row, 'Recommendation');
      if (text === '') {
        result.errors.push(missingText(row.row, 'Recommendation'));
        continue;
      }
      const position = header.cell(row, 'Position');
      const response = parseResponse(position);
      if (response === null) {
        result.warnings.push({ row: row.row, column: 'Position', message: `"${position}" is not Accepted, Supported, Noted or Not Supported; imported as pending` });
      }
      result.rows.push({
        row: row.row,
        recommendation: {
          ...emptyRecommendation(review, text),
          ref: paragraphRef(header.cell(row, 'Paragraph')),
          recommendingStates: commaList(header.cell(row, 'Recommending States')),
          response: response ?? 'pending',
        },
      });
    }
    return result;
  },
};
