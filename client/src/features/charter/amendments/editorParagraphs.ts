/**
 * The charter's amendable paragraphs read from the editor's ProseMirror document. y-prosemirror
 * maps each node to one element of the Y.XmlFragment, so the text blocks in reading order here
 * are the server's in the same order — the ordinal is the address (`shared/charterParagraphs.ts`).
 */
import { type CharterParagraph, TEXT_BLOCKS } from '../../../../../shared/charterParagraphs.js';

/** What is read of a ProseMirror node: a Tiptap `Editor`'s `state.doc` fits it. */
export interface BlockNode {
  type: { name: string };
  content: { size: number };
  textBetween(from: number, to: number, blockSeparator?: string, leafText?: string): string;
}

/** The document node: every descendant in reading order; returning false skips a node's children. */
export interface DocNode {
  descendants(visit: (node: BlockNode) => boolean | void): void;
}

/** Paragraphs and headings, list items' included, with their ordinal and plain text (a hard break is a line break). */
export function paragraphsOfDoc(doc: DocNode): CharterParagraph[] {
  const paragraphs: CharterParagraph[] = [];
  doc.descendants((node) => {
    if (!TEXT_BLOCKS.includes(node.type.name)) return true;
    paragraphs.push({ index: paragraphs.length, type: node.type.name, text: node.textBetween(0, node.content.size, '\n', '\n') });
    return false;
  });
  return paragraphs;
}
