/**
 * An uploaded spreadsheet to rows, whatever it is: XLSX sniffed by its bytes (the sheet
 * `acceptsHeader` recognises), else CSV in any of the encodings Excel writes. Every importer
 * reads its file through here.
 */
import { decodeText } from './decodeText.js';
import { readCsv } from './readCsv.js';
import type { TableResult, TableRow } from './table.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** Sniffs the bytes; the declared type only sharpens the message when they disagree. */
export async function readTable(bytes: Uint8Array, contentType: string | undefined, acceptsHeader: (rows: TableRow[]) => boolean): Promise<TableResult> {
  const whole = (message: string): TableResult => ({ ok: false, errors: [{ row: null, column: null, message }] });
  if (bytes.length === 0) return whole('the file is empty');
  // exceljs weighs about 7 MB of heap: it is loaded by the first XLSX import, not at start.
  if (startsWith(bytes, ZIP_SIGNATURE)) return (await import('./readXlsx.js')).readXlsx(bytes, acceptsHeader);
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return whole('this is an old Excel workbook (.xls); save it as .xlsx or .csv and import that');
  }
  if (contentType?.startsWith(XLSX_CONTENT_TYPE)) return whole('the file was sent as an Excel workbook (XLSX) but is not one');
  if (bytes.subarray(0, 8192).includes(0)) return whole('this is not a spreadsheet: expected a CSV or XLSX file');
  return readCsv(decodeText(bytes).text);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}
