/**
 * `ohchr-matrix.docx`: the same matrix as a Word table on landscape A4, its header row repeated
 * on every page. The docx library writes every string as escaped XML text.
 */
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { reportWords } from '../../../shared/midTermReportWords.js';
import type { TrackingBoard } from '../../../shared/tracking.js';
import type { WorkshopLanguage } from '../../../shared/workshopLanguage.js';
import { ohchrMatrix } from './ohchrMatrix.js';

/** Column shares of the page's width, in percent. */
const SHARES = [36, 10, 14, 40];

export async function ohchrMatrixDocx(board: TrackingBoard, language: WorkshopLanguage): Promise<Buffer> {
  const table = ohchrMatrix(board, language);
  const cell = (text: string, index: number, bold = false) =>
    new TableCell({
      width: { size: SHARES[index] ?? 25, type: WidthType.PERCENTAGE },
      children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
    });
  const rows = [
    new TableRow({ tableHeader: true, children: table.header.map((text, index) => cell(text, index, true)) }),
    ...table.rows.map((row) => new TableRow({ children: row.map((value, index) => cell(String(value ?? ''), index)) })),
  ];
  const title = `${reportWords(language).matrix.title}${board.workshop.country ? ` — ${board.workshop.country}` : ''}`;
  const document = new Document({
    creator: 'Convene',
    title,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 18 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } } },
      children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: title }), new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })],
    }],
  });
  return Packer.toBuffer(document);
}
