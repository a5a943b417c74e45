/** `midterm-report.docx`: the CSO mid-term report draft with real Heading styles, and its word count against the limit. */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { MidTermReport, ReportBlock } from '../../../shared/midTermReport.js';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export async function midTermReportDocx(report: MidTermReport): Promise<Buffer> {
  const [title, ...rest] = report.blocks;
  const document = new Document({
    creator: 'Convene',
    title: title?.text ?? '',
    styles: { default: { document: { run: { font: 'DejaVu Sans' } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 } } },
      children: [
        ...(title ? [blockParagraph(title)] : []),
        // Beside the counted text, not in it: the count is of what would be submitted.
        new Paragraph({ children: [new TextRun({ text: report.wordCountLine, italics: true, color: report.words > report.limit ? '9A3412' : '475569' })] }),
        ...rest.map(blockParagraph),
      ],
    }],
  });
  return Packer.toBuffer(document);
}

function blockParagraph(block: ReportBlock): Paragraph {
  const children = block.text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
  if (block.kind === 'title') return new Paragraph({ heading: HeadingLevel.TITLE, children });
  if (block.kind === 'heading') return new Paragraph({ heading: HEADINGS[block.level], children });
  if (block.kind === 'bullet') return new Paragraph({ children, bullet: { level: 0 } });
  return new Paragraph({ children });
}
