/**
 * `plan.xlsx`: the plan matrix on a sheet "All" and one sheet per cluster, each with a bold
 * header row, the header and first column frozen, and wrapped text so long recommendations read
 * without resizing. Text cells go through `inertCell`: a cell is never written as a formula.
 */
import ExcelJS from 'exceljs';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { inertCell } from './inert/spreadsheetCell.js';
import { planMatrix } from './planMatrix.js';
import { planWords, type ExportLanguage } from './planWords.js';
import type { Table } from './table.js';

/** Column widths by position: narrow for the reference, review, priority and status, wide for the recommendation's text. */
const WIDTHS: Record<number, number> = { 0: 14, 1: 14, 2: 60, 6: 12 };
const STATUS_WIDTH = 16;

/** The plan workbook as bytes, its words in `language`. */
export async function planXlsx(record: WorkshopRecordFile, language: ExportLanguage = 'en'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Convene';
  const names = new Set<string>();
  addSheet(workbook, sheetName(planWords(language).allSheet, names), planMatrix(record, { language }));
  for (const cluster of record.clusters) addSheet(workbook, sheetName(cluster.title, names), planMatrix(record, { clusterId: cluster.id, language }));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The plan's column widths: by position, the last (the status) narrow. */
const planWidth = (index: number, last: boolean): number => (last ? STATUS_WIDTH : (WIDTHS[index] ?? 28));

/**
 * Adds `table` as a sheet: bold frozen header, first column frozen, wrapped text, a filter, and
 * inert text cells. `width` sizes each column (the plan's by default; other matrices pass theirs).
 */
export function addSheet(workbook: ExcelJS.Workbook, name: string, table: Table, width: (index: number, last: boolean) => number = planWidth): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const last = table.header.length - 1;
  sheet.columns = table.header.map((header, index) => ({ header, width: width(index, index === last) }));
  for (const row of table.rows) sheet.addRow(row.map((value) => (typeof value === 'string' ? inertCell(value) : value)));
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
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
