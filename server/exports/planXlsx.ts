/**
 * `plan.xlsx`: the plan matrix on a sheet "All" and one sheet per cluster, each with a bold
 * header row, the header and first column frozen, and wrapped text so long recommendations read
 * without resizing. Text cells go through `inertCell`: a cell is never written as a formula.
 */
import ExcelJS from 'exceljs';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { inertCell } from './inert/spreadsheetCell.js';
import { PLAN_HEADER, planMatrix } from './planMatrix.js';
import type { Table } from './table.js';

/** Wide columns for long texts, narrow ones for references and states. */
const WIDTHS: Record<string, number> = { 'Recommendation': 14, 'Review': 10, 'Recommendation text': 60, 'Priority': 10, 'Status': 14 };

/** The plan workbook as bytes. */
export async function planXlsx(record: WorkshopRecordFile): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Convene';
  const names = new Set<string>();
  addSheet(workbook, sheetName('All', names), planMatrix(record));
  for (const cluster of record.clusters) addSheet(workbook, sheetName(cluster.title, names), planMatrix(record, cluster.id));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: Table): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = table.header.map((header) => ({ header, width: WIDTHS[header] ?? 28 }));
  for (const row of table.rows) sheet.addRow(row.map((value) => (typeof value === 'string' ? inertCell(value) : value)));
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: PLAN_HEADER.length } };
}

/**
 * A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not starting or ending
 * with an apostrophe, and unique in the workbook (case-insensitively).
 */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Cluster';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}
