/**
 * The charter's paragraphs as amendments address them: the top-level text blocks (paragraphs and
 * headings) of the Tiptap Y.XmlFragment, by index, with their plain text. Lists, quotes and rules
 * are not amendable as a whole. Server and client read the same text from the same document.
 */
import * as Y from 'yjs';
import type { ParagraphRef } from './amendments.js';

/** One amendable block: its top-level index, node type (`paragraph`, `heading`) and plain text. */
export interface CharterParagraph {
  index: number;
  type: string;
  text: string;
}

/** Node types whose content is text (with inline nodes), so their text can be replaced whole. */
export const TEXT_BLOCKS: readonly string[] = ['paragraph', 'heading'];

/** The amendable blocks of the fragment, in order. */
export function paragraphsOf(fragment: Y.XmlFragment): CharterParagraph[] {
  const paragraphs: CharterParagraph[] = [];
  fragment.toArray().forEach((node, index) => {
    if (node instanceof Y.XmlElement && TEXT_BLOCKS.includes(node.nodeName)) {
      paragraphs.push({ index, type: node.nodeName, text: inlineText(node) });
    }
  });
  return paragraphs;
}

/** Plain text of a text block: marks dropped, a hard break is a line break (as in the canonical text). */
export function inlineText(element: Y.XmlElement): string {
  let text = '';
  for (const node of element.toArray()) {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert: unknown }[]) if (typeof op.insert === 'string') text += op.insert;
    } else if (node instanceof Y.XmlElement) {
      text += node.nodeName === 'hardBreak' ? '\n' : inlineText(node);
    }
  }
  return text;
}

/** Texts compared as readers see them: Unicode form, line endings and trailing spaces do not count. */
export function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd()).join('\n').trim();
}

/**
 * Finds the paragraph an amendment targets: the block at its index when the text still matches,
 * else the block with that text nearest the index (paragraphs were added or moved above it).
 * Null when no block has that text any more: the paragraph was edited or removed.
 */
export function locateParagraph<P extends { index: number; text: string }>(paragraphs: readonly P[], target: ParagraphRef): P | null {
  let best: P | null = null;
  for (const paragraph of paragraphs) {
    if (!sameText(paragraph.text, target.text)) continue;
    if (!best || Math.abs(paragraph.index - target.index) < Math.abs(best.index - target.index)) best = paragraph;
  }
  return best;
}
