/**
 * CSV as RFC 4180 says (CRLF between records, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled), in UTF-8 with a byte-order mark: without it Excel reads the file
 * in the machine's legacy code page and Cyrillic turns into mojibake.
 */
import { inertCell } from './spreadsheetCell.js';

/** A cell value before it is written: numbers and booleans as such, null as empty. */
export type CsvValue = string | number | boolean | null;

const BOM = '\uFEFF';

/** One field, quoted when needed; text goes through `inertCell` so no formula survives. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = inertCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: the header, then one record per row, as UTF-8 bytes with a BOM. */
export function csvFile(header: readonly string[], rows: readonly (readonly CsvValue[])[]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
