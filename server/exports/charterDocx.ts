/**
 * `charter.docx`: the charter for a word processor, with real Heading styles and numbered
 * lists (Word numbering, so renumbering after an edit works). The docx library writes every
 * string as escaped XML text: participants' words stay words.
 */
import { AlignmentType, Document, Footer, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { WorkshopRecordFile } from '../../shared/record.js';
import type { CharterBlock } from './charterBlocks.js';
import { charterView } from './charterView.js';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const NUMBERED = 'charter-numbered';
const A4 = { width: 11906, height: 16838 };

/** The charter as DOCX bytes. */
export async function charterDocx(record: WorkshopRecordFile): Promise<Buffer> {
  const view = charterView(record);
  let instance = 0;
  const body = view.blocks.map((block) => {
    if (block.kind === 'item' && block.ordered && block.firstOfList && block.depth === 0) instance += 1;
    return blockParagraph(block, instance);
  });
  const document = new Document({
    creator: 'Convene',
    title: view.title,
    styles: { default: { document: { run: { font: 'DejaVu Sans' } } } },
    numbering: {
      config: [{
        reference: NUMBERED,
        levels: [0, 1, 2, 3].map((level) => ({
          level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      }],
    },
    sections: [{
      properties: { page: { size: A4 } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })] }) },
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, text: view.title }),
        ...(view.placeAndDates ? [new Paragraph({ text: view.placeAndDates })] : []),
        new Paragraph({ children: [new TextRun({ text: view.status, bold: true, color: view.adopted ? '14532D' : '9A3412' })] }),
        ...body,
        new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Record' }),
        ...(view.result ? [new Paragraph({ text: `Vote: ${view.result}` })] : []),
        new Paragraph({ text: `SHA-256 of the ${view.adopted ? 'adopted' : 'draft'} text: ${view.hash}` }),
        ...(view.signatories.length > 0
          ? [new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Signatory organisations' }), ...view.signatories.map((s) => new Paragraph({ text: `${s.organisation} (${s.name})`, bullet: { level: 0 } }))]
          : []),
      ],
    }],
  });
  return Packer.toBuffer(document);
}

/** One block as a paragraph; a line break inside a block becomes a Word line break. */
function blockParagraph(block: CharterBlock, instance: number): Paragraph {
  const children = block.text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
  if (block.kind === 'heading') return new Paragraph({ heading: HEADINGS[block.level - 1] ?? HeadingLevel.HEADING_6, children });
  if (block.kind === 'paragraph') return new Paragraph({ children });
  const level = Math.min(block.depth, 3);
  return block.ordered
    ? new Paragraph({ children, numbering: { reference: NUMBERED, level, instance } })
    : new Paragraph({ children, bullet: { level } });
}
