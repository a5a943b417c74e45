/**
 * The charter's amendable paragraphs read from the editor's ProseMirror document. y-prosemirror
 * maps each top-level node to one element of the Y.XmlFragment, so a node's index here is its
 * index there — the address the server uses (`shared/charterParagraphs.ts`).
 */
import { type CharterParagraph, TEXT_BLOCKS } from '../../../../shared/charterParagraphs.js';

/** What is read of a ProseMirror node: a Tiptap `Editor`'s `state.doc` fits it. */
export interface BlockNode {
  type: { name: string };
  content: { size: number };
  textBetween(from: number, to: number, blockSeparator?: string, leafText?: string): string;
}

/** The document node: its top-level children, in order. */
export interface DocNode {
  forEach(visit: (node: BlockNode, offset: number, index: number) => void): void;
}

/** Paragraphs and headings with their index and plain text (a hard break is a line break). */
export function paragraphsOfDoc(doc: DocNode): CharterParagraph[] {
  const paragraphs: CharterParagraph[] = [];
  doc.forEach((node, _offset, index) => {
    if (TEXT_BLOCKS.includes(node.type.name)) paragraphs.push({ index, type: node.type.name, text: node.textBetween(0, node.content.size, '\n', '\n') });
  });
  return paragraphs;
}
