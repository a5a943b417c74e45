/** `midterm-report.pdf`: the mid-term report draft on A4, DejaVu Sans for Cyrillic, numbered pages and its word count. */
import type { MidTermReport } from '../../../shared/midTermReport.js';
import { numberPages, openPdf } from '../charterPdf.js';

const SIZES = { title: 20, 1: 16, 2: 14, 3: 12 } as const;

export function midTermReportPdf(report: MidTermReport): Promise<Buffer> {
  const [title, ...rest] = report.blocks;
  const { doc, done } = openPdf(title?.text ?? '');
  if (title) doc.font('bold').fontSize(SIZES.title).text(title.text);
  doc.moveDown(0.3).font('regular').fontSize(10).fillColor(report.words > report.limit ? '#9a3412' : '#475569').text(report.wordCountLine).fillColor('black');
  doc.moveDown();
  for (const block of rest) {
    if (block.kind === 'heading') doc.moveDown(0.5).font('bold').fontSize(SIZES[block.level]).text(block.text).moveDown(0.3);
    else if (block.kind === 'bullet') doc.font('regular').fontSize(11).text(`•  ${block.text}`).moveDown(0.3);
    else doc.font('regular').fontSize(11).text(block.text).moveDown(0.4);
  }
  numberPages(doc);
  doc.end();
  return done;
}
