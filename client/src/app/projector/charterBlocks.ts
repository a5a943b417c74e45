/**
 * The charter as the wall shows it: one block per heading, paragraph or list item, so the
 * projector can page it without the editor. List items carry the marker the canonical text
 * gives them (`1.`, `2.` … from the list's start, `•` for bullets).
 */
import * as Y from 'yjs';
import { inlineText, textBlocksOf } from '../../../../shared/charterParagraphs.js';

export interface CharterBlock {
  kind: 'heading' | 'paragraph' | 'item';
  /** `1.`, `2.` or `•` for a list item, else empty. */
  marker: string;
  text: string;
}

/** The top-level blocks of the charter's fragment, empty ones left out. */
export function charterBlocks(fragment: Y.XmlFragment): CharterBlock[] {
  const blocks: CharterBlock[] = [];
  for (const node of fragment.toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === 'orderedList' || node.nodeName === 'bulletList') {
      const start = Number(node.getAttribute('start') ?? 1);
      const first = Number.isInteger(start) ? start : 1;
      const items = node.toArray().filter((item): item is Y.XmlElement => item instanceof Y.XmlElement);
      items.forEach((item, i) => {
        blocks.push({ kind: 'item', marker: node.nodeName === 'orderedList' ? `${first + i}.` : '•', text: textOf(item) });
      });
    } else {
      blocks.push({ kind: node.nodeName === 'heading' ? 'heading' : 'paragraph', marker: '', text: textOf(node) });
    }
  }
  return blocks.filter((block) => block.text.trim() !== '');
}

/** A block's words; the text blocks nested in it (an item's sub-list, a quote's paragraphs) on their own lines. */
function textOf(element: Y.XmlElement): string {
  const nested = textBlocksOf(element);
  return nested.length > 0 ? nested.map(inlineText).join('\n') : inlineText(element);
}
