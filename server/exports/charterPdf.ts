/**
 * `charter.pdf`: the charter on A4 with embedded fonts, numbered pages, the vote's result, the
 * text's hash and the signatory organisations. PDF text is drawn as glyphs, never interpreted,
 * so participants' words cannot act in it.
 */
import PDFDocument from 'pdfkit';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { CHARTER_FONTS } from './charterFonts.js';
import { charterView } from './charterView.js';

const HEADING_SIZES = [20, 16, 14, 13, 12, 12];
const MARGIN = 56;

/** The charter as PDF bytes. */
export function charterPdf(record: WorkshopRecordFile): Promise<Buffer> {
  const view = charterView(record);
  const { doc, done } = openPdf(view.title);

  doc.font('bold').fontSize(22).text(view.title);
  if (view.placeAndDates) doc.font('regular').fontSize(12).text(view.placeAndDates);
  doc.moveDown(0.5).font('bold').fontSize(11).fillColor(view.adopted ? '#14532d' : '#9a3412').text(view.status).fillColor('black');
  doc.moveDown();
  for (const block of view.blocks) {
    if (block.kind === 'heading') {
      doc.moveDown(0.5).font('bold').fontSize(HEADING_SIZES[block.level - 1] ?? 12).text(block.text).moveDown(0.3);
    } else if (block.kind === 'paragraph') {
      doc.font('regular').fontSize(11).text(block.text, { align: 'left' }).moveDown(0.5);
    } else {
      const indent = MARGIN + 18 * block.depth;
      const marker = block.ordered ? `${block.number}.` : '•';
      const y = doc.y;
      doc.font('regular').fontSize(11).text(marker, indent, y, { width: 22 });
      doc.text(block.text, indent + 24, y, { width: doc.page.width - MARGIN - indent - 24 });
      doc.x = MARGIN;
      doc.moveDown(0.3);
    }
  }
  recordSection(doc, view);
  numberPages(doc);
  doc.end();
  return done;
}

/**
 * An A4 document with the embedded fonts registered as `regular` and `bold`, its pages buffered
 * (for `numberPages`); `done` resolves to its bytes once `doc.end()` is called.
 */
export function openPdf(title: string): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: title, Creator: 'Convene' } });
  doc.registerFont('regular', CHARTER_FONTS.regular);
  doc.registerFont('bold', CHARTER_FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

function recordSection(doc: PDFKit.PDFDocument, view: ReturnType<typeof charterView>): void {
  doc.x = MARGIN;
  doc.moveDown().font('bold').fontSize(13).text('Record');
  doc.font('regular').fontSize(10);
  if (view.result) doc.text(`Vote: ${view.result}`);
  doc.text(`SHA-256 of the ${view.adopted ? 'adopted' : 'draft'} text:`).font('regular').fontSize(9).text(view.hash);
  if (view.signatories.length === 0) return;
  doc.moveDown().font('bold').fontSize(13).text('Signatory organisations');
  doc.font('regular').fontSize(11);
  for (const s of view.signatories) doc.text(`${s.organisation} (${s.name})`);
}

/** "Page n of m" at the foot of every page, written once all pages exist. */
export function numberPages(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would add a page; lift the margin while the footer is drawn.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(9).text(`${i + 1} / ${range.count}`, MARGIN, doc.page.height - 36, { width: doc.page.width - 2 * MARGIN, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
}
