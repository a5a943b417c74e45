/**
 * The charter's paragraphs as amendments address them: every text block (paragraph or heading)
 * of the Tiptap Y.XmlFragment in reading order — the paragraphs inside list items too, since the
 * agreed priorities are a numbered list — by their ordinal, with their plain text. Server and
 * client read the same blocks in the same order from the same document.
 */
import * as Y from 'yjs';
import type { ParagraphRef } from './amendments.js';

/** One amendable block: its ordinal among the text blocks, node type (`paragraph`, `heading`) and plain text. */
export interface CharterParagraph {
  index: number;
  type: string;
  text: string;
}

/** Node types whose content is text (with inline nodes), so their text can be replaced whole. */
export const TEXT_BLOCKS: readonly string[] = ['paragraph', 'heading'];

/** The text blocks of a fragment in reading order, nested ones (in lists, quotes) included. */
export function textBlocksOf(parent: Y.XmlFragment | Y.XmlElement): Y.XmlElement[] {
  const blocks: Y.XmlElement[] = [];
  for (const node of parent.toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (TEXT_BLOCKS.includes(node.nodeName)) blocks.push(node);
    else blocks.push(...textBlocksOf(node));
  }
  return blocks;
}

/** The amendable blocks of the fragment, in reading order; `index` addresses `textBlocksOf(fragment)`. */
export function paragraphsOf(fragment: Y.XmlFragment): CharterParagraph[] {
  return textBlocksOf(fragment).map((element, index) => ({ index, type: element.nodeName, text: inlineText(element) }));
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
