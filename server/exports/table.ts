/** A table as the CSV and XLSX writers take it: a header and rows of plain values. */
import type { CsvValue } from './inert/csv.js';

export interface Table {
  header: string[];
  rows: CsvValue[][];
}

/** Joins a list for one cell. */
export const list = (values: readonly string[]): string => values.join('; ');

/** An epoch-milliseconds time as ISO 8601 UTC, or empty. */
export const isoTime = (at: number | null): string => (at === null ? '' : new Date(at).toISOString());
