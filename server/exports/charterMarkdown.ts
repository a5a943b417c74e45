/** `charter.md`: the charter in Markdown; every participant's text is written through `inertMarkdown`. */
import type { WorkshopRecordFile } from '../../shared/record.js';
import { charterView } from './charterView.js';
import { inertMarkdown, inertMarkdownParagraph } from './inert/markdown.js';

/** The charter as Markdown bytes (UTF-8). */
export function charterMarkdown(record: WorkshopRecordFile): Buffer {
  const view = charterView(record);
  const lines: string[] = [`# ${inertMarkdown(view.title)}`, ''];
  if (view.placeAndDates) lines.push(inertMarkdownParagraph(view.placeAndDates), '');
  lines.push(`**${inertMarkdown(view.status)}**`, '');
  for (const block of view.blocks) {
    // A paragraph straight after a list item would continue the item: a blank line ends the list.
    if (block.kind !== 'item' && lines.at(-1) !== '') lines.push('');
    if (block.kind === 'heading') lines.push(`${'#'.repeat(Math.min(block.level + 1, 6))} ${inertMarkdown(block.text.replace(/\n/g, ' '))}`, '');
    else if (block.kind === 'paragraph') lines.push(inertMarkdownParagraph(block.text), '');
    else {
      const indent = '   '.repeat(block.depth);
      const marker = block.ordered ? `${block.number}.` : '-';
      const continuation = `\n${indent}${' '.repeat(marker.length + 1)}`;
      lines.push(`${indent}${marker} ${inertMarkdown(block.text).split('\n').join(`  ${continuation}`)}`);
    }
  }
  lines.push('', '---', '', '## Record', '');
  if (view.result) lines.push(`- Vote: ${inertMarkdown(view.result)}`);
  lines.push(`- SHA-256 of the ${view.adopted ? 'adopted' : 'draft'} text: \`${view.hash}\``);
  if (view.signatories.length > 0) {
    lines.push('', '## Signatory organisations', '');
    for (const s of view.signatories) lines.push(`- ${inertMarkdown(s.organisation)} \\(${inertMarkdown(s.name)}\\)`);
  }
  return Buffer.from(`${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`, 'utf8');
}
