/**
 * XLSX bytes to rows with exceljs. Every cell becomes the text a person sees in it: rich text
 * joined, a formula's result, a link's text, a date as YYYY-MM-DD. The first sheet whose rows
 * `acceptsHeader` recognises is read (exports sometimes put a notes sheet first).
 */
import ExcelJS from 'exceljs';
import { isBlankRow, type TableResult, type TableRow, trimCell } from './table.js';

/** Reads the workbook; `acceptsHeader` picks the sheet, else the first with any data. */
export async function readXlsx(bytes: Uint8Array, acceptsHeader: (rows: TableRow[]) => boolean): Promise<TableResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's type says Buffer; a Uint8Array view of the same bytes is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    // exceljs throws zip and XML errors whose text means nothing to an organiser.
    return { ok: false, errors: [{ row: null, column: null, message: 'the file looks like an Excel workbook (XLSX) but could not be opened; it may be damaged or password-protected' }] };
  }
  const sheets = workbook.worksheets.map(rowsOf).filter((rows) => rows.length > 0);
  const chosen = sheets.find(acceptsHeader) ?? sheets[0];
  if (!chosen) return { ok: false, errors: [{ row: null, column: null, message: 'the workbook has no sheet with any data' }] };
  return { ok: true, rows: chosen };
}

function rowsOf(sheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(trimCell(cellText(row.getCell(column).value)));
    if (!isBlankRow(cells)) rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** The text a cell shows, for every kind of value exceljs gives. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return '';
  return '';
}
