/** `ohchr-matrix.xlsx`: the OHCHR implementation matrix on one sheet, as plan.xlsx lays a sheet out. */
import ExcelJS from 'exceljs';
import type { TrackingBoard } from '../../../shared/tracking.js';
import { reportWords } from '../../../shared/midTermReportWords.js';
import type { WorkshopLanguage } from '../../../shared/workshopLanguage.js';
import { addSheet } from '../planXlsx.js';
import { ohchrMatrix } from './ohchrMatrix.js';

/** Recommendation and assessment wide; position and theme narrow. */
const WIDTHS = [60, 14, 24, 70];

export async function ohchrMatrixXlsx(board: TrackingBoard, language: WorkshopLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Convene';
  addSheet(workbook, reportWords(language).matrix.sheet, ohchrMatrix(board, language), (index) => WIDTHS[index] ?? 28);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
