/**
 * `commitments.xlsx` (one sheet, bold frozen header, wrapped text, every text cell inert) and
 * `commitments.docx` (a heading per cluster, one per commitment, both sides' text under it).
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { sideInWords } from './commitmentConfirmation.js';
import { commitmentEntries, commitmentsTable, commitmentWords } from './commitmentsTable.js';
import { inertCell } from './inert/spreadsheetCell.js';
import type { ExportLanguage } from './planWords.js';

export async function commitmentsXlsx(record: WorkshopRecordFile, language: ExportLanguage): Promise<Buffer> {
  const { header, rows } = commitmentsTable(record, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Convene';
  const sheet = workbook.addWorksheet(commitmentWords(language).title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((title) => ({ header: title, width: 28 }));
  for (const row of rows) sheet.addRow(row.map((value) => (typeof value === 'string' ? inertCell(value) : value)));
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function commitmentsDocx(record: WorkshopRecordFile, language: ExportLanguage): Promise<Buffer> {
  const words = commitmentWords(language);
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, text: `${words.title} — ${record.workshop.title}` })];
  let cluster: string | null = null;
  for (const entry of commitmentEntries(record, language)) {
    if (entry.cluster !== cluster) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: (cluster = entry.cluster) }));
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: entry.recommendations || words.header[2] }));
    const [, , ...cells] = entry.cells;
    const labelled = (from: number, to: number) => cells.slice(from, to).map((value, i) => ({ label: words.header[from + i + 2]!, value })).filter(({ value }) => value);
    for (const [side, lines] of [[sideInWords('cso', language), labelled(0, 4)], [sideInWords('government', language), labelled(4, 9)], ['', labelled(9, 11)]] as const) {
      if (lines.length === 0) continue;
      if (side) children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, text: side }));
      for (const { label, value } of lines) children.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
    }
  }
  const document = new Document({ creator: 'Convene', title: words.title, styles: { default: { document: { run: { font: 'DejaVu Sans' } } } }, sections: [{ children }] });
  return Packer.toBuffer(document);
}
