/** Builds import files in tests: CSV text in any encoding and line ending, XLSX made with exceljs (no binary fixtures). */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** A cell as CSV writes it: quoted when it holds a quote, the separator or a line break. */
export function csvCell(value: string, separator = ','): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text with the given line ending. */
export function toCsv(rows: string[][], options: { eol?: string; separator?: string } = {}): string {
  const { eol = '\r\n', separator = ',' } = options;
  return rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join(eol) + eol;
}

export type FixtureEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'macintosh';

/** Encodes text as a file saved in `encoding` would hold it. */
export function encode(text: string, encoding: FixtureEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\ufeff${text}`);
  return new Uint8Array(iconv.encode(text, encoding));
}

/** A one-sheet workbook (or several sheets) holding `rows`; numbers stay numbers. */
export async function toXlsx(sheets: Record<string, (string | number | null)[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
