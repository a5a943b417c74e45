/** Finds the header row and the layout it belongs to, looking past a few title rows above it. */
import type { ImportIssue } from '../../shared/recommendationImport.js';
import { Header, type Layout } from './layout.js';
import { ohchrIndexLayout } from './ohchrIndexLayout.js';
import type { TableRow } from './table.js';
import { unMatrixLayout } from './unMatrixLayout.js';
import { uprInfoLayout } from './uprInfoLayout.js';

/** The known layouts, most specific first. */
export const LAYOUTS: readonly Layout[] = [ohchrIndexLayout, unMatrixLayout, uprInfoLayout];

/** How many rows may stand above the header (a title, a date, a blank line). */
const HEADER_SEARCH_ROWS = 10;

/** The header row, its layout and the rows below it; or why none was found. */
export function detectLayout(rows: TableRow[]):
  | { ok: true; layout: Layout; header: Header; body: TableRow[] }
  | { ok: false; error: ImportIssue } {
  for (const [index, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const header = new Header(row);
    const layout = LAYOUTS.find((candidate) => candidate.requiredColumns.every((column) => header.has(column)));
    if (layout) return { ok: true, layout, header, body: rows.slice(index + 1) };
  }
  const first = rows[0];
  const found = first ? first.cells.filter((cell) => cell !== '').slice(0, 12).join(', ') : '';
  return {
    ok: false,
    error: {
      row: first?.row ?? null,
      column: null,
      message: `the headers (${found || 'none'}) are not a layout Convene knows; expected one of: ${LAYOUTS.map((layout) => layout.name).join('; ')}`,
    },
  };
}

/** True when some row near the top is a known header (to pick a workbook's sheet). */
export function hasKnownHeader(rows: TableRow[]): boolean {
  return detectLayout(rows).ok;
}
