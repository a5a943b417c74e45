/** A sheet as the importers read it, whatever the file format: rows of trimmed text cells. */
import type { ImportIssue } from '../../shared/recommendationImport.js';

/** One non-empty row; `row` is its number as a spreadsheet shows it (the first row is 1). */
export interface TableRow {
  row: number;
  cells: string[];
}

/** The rows of a sheet, or the problems that kept it from being read. */
export type TableResult = { ok: true; rows: TableRow[] } | { ok: false; errors: ImportIssue[] };

/** Trims a cell: spaces (ordinary and no-break) at either end are never meant. */
export function trimCell(value: string): string {
  return value.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
}

/** True when every cell is empty (a spacer row, or trailing commas). */
export function isBlankRow(cells: string[]): boolean {
  return cells.every((cell) => cell === '');
}
