/**
 * A recommendations file, as uploaded, to recommendations: CSV or XLSX (sniffed), any known
 * layout (detected by its headers), any of the encodings Excel writes. Pure: bytes in, data out.
 * When anything makes the file unreadable, `errors` lists it and `recommendations` is empty, so
 * a broken file imports nothing rather than part of itself.
 */
import type { ImportIssue } from '../../shared/recommendationImport.js';
import type { ImportedRecommendation, Review } from '../../shared/recommendations.js';
import { detectLayout, hasKnownHeader } from './detectLayout.js';
import type { Header } from './layout.js';
import { mergeRows } from './mergeRows.js';
import { readTable } from './readTable.js';
import type { TableRow } from './table.js';

export interface ParsedImport {
  recommendations: ImportedRecommendation[];
  /** Rows that are not recommendations and were left out on purpose. */
  skipped: number;
  /** Why the file cannot be imported; when not empty, `recommendations` is empty. */
  errors: ImportIssue[];
  /** Values not understood in rows imported anyway; each message says what was kept. */
  warnings: ImportIssue[];
}

/** Reads a recommendations file as `review`; `contentType` is what the uploader declared. */
export async function importRecommendations(bytes: Uint8Array, options: { review: Review; contentType?: string }): Promise<ParsedImport> {
  const table = await readTable(bytes, options.contentType, hasKnownHeader);
  if (!table.ok) return refused(table.errors);
  const detected = detectLayout(table.rows);
  if (!detected.ok) return refused([detected.error]);
  const { layout, header, body } = detected;
  if (body.length === 0) return refused([{ row: header.row.row, column: null, message: 'there are no rows below the header' }]);
  const overflow = body.flatMap((row) => overflowError(header, row));
  if (overflow.length > 0) return refused(overflow);
  const read = layout.read(header, body, options.review);
  if (read.errors.length > 0) return refused(read.errors);
  const warnings = [...read.warnings];
  const recommendations = mergeRows(read.rows, warnings);
  return { recommendations, skipped: read.skipped, errors: [], warnings };
}


/** A row with more cells than the header: usually a comma inside a cell that was not quoted. */
function overflowError(header: Header, row: TableRow): ImportIssue[] {
  const extra = row.cells.slice(header.width).filter((cell) => cell !== '');
  if (extra.length === 0) return [];
  return [{
    row: row.row,
    column: null,
    message: `this row has ${header.width + extra.length} cells but the header has ${header.width}; a cell that contains the separator must be in double quotes`,
  }];
}

function refused(errors: ImportIssue[]): ParsedImport {
  return { recommendations: [], skipped: 0, errors, warnings: [] };
}
