/**
 * The charter's structure for the PDF, DOCX and Markdown files: headings, paragraphs and list
 * items with their numbers, read from the Tiptap fragment by the same rules as the canonical text
 * (shared/charterText.ts), so the files show the numbers the hashed text has.
 */
import * as Y from 'yjs';
import { CHARTER_FRAGMENT } from '../../shared/charterText.js';

/** One block of the charter; a list item carries its marker (`3.` or `•`) and nesting depth. */
export type CharterBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; ordered: boolean; number: number; depth: number; text: string; firstOfList: boolean };

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

/** The blocks of a charter document, in order; empty blocks are dropped. */
export function charterBlocks(doc: Y.Doc): CharterBlock[] {
  return blocksOf(doc.getXmlFragment(CHARTER_FRAGMENT).toArray(), 0);
}

function blocksOf(nodes: Node[], depth: number): CharterBlock[] {
  return nodes.flatMap((node) => blockOf(node, depth));
}

function blockOf(node: Node, depth: number): CharterBlock[] {
  if (node instanceof Y.XmlText) return paragraph(inline([node]));
  if (!(node instanceof Y.XmlElement)) return [];
  switch (node.nodeName) {
    case 'heading': {
      const level = Number(node.getAttribute('level') ?? 1);
      const text = inline(node.toArray()).trim();
      return text ? [{ kind: 'heading', level: Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : 1, text }] : [];
    }
    case 'orderedList':
    case 'bulletList':
      return listBlocks(node, depth);
    case 'horizontalRule':
      return [];
    default: {
      const children = node.toArray();
      if (children.some((child) => child instanceof Y.XmlElement && !isInline(child))) return blocksOf(children, depth);
      return paragraph(inline(children));
    }
  }
}

function listBlocks(list: Y.XmlElement, depth: number): CharterBlock[] {
  const ordered = list.nodeName === 'orderedList';
  const start = Number(list.getAttribute('start') ?? 1);
  const first = Number.isInteger(start) ? start : 1;
  const items = list.toArray().filter((child): child is Y.XmlElement => child instanceof Y.XmlElement);
  return items.flatMap((item, index) => {
    const texts: string[] = [];
    const nested: CharterBlock[] = [];
    for (const child of item.toArray()) {
      const isList = child instanceof Y.XmlElement && (child.nodeName === 'orderedList' || child.nodeName === 'bulletList');
      if (isList) nested.push(...listBlocks(child, depth + 1));
      else for (const block of blockOf(child, depth)) if (block.kind !== 'item') texts.push(block.text);
    }
    const own: CharterBlock = { kind: 'item', ordered, number: first + index, depth, text: texts.join('\n'), firstOfList: index === 0 };
    return [own, ...nested];
  });
}

function paragraph(text: string): CharterBlock[] {
  return text.trim() ? [{ kind: 'paragraph', text: text.trimEnd() }] : [];
}

function isInline(element: Y.XmlElement): boolean {
  return element.nodeName === 'hardBreak' || element.nodeName === 'mention' || element.nodeName === 'image';
}

/** Plain text of inline content, in Unicode NFC like the canonical text; a hard break is a line break. */
function inline(nodes: Node[]): string {
  let text = '';
  for (const node of nodes) {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert: unknown }[]) if (typeof op.insert === 'string') text += op.insert;
    } else if (node instanceof Y.XmlElement) {
      text += node.nodeName === 'hardBreak' ? '\n' : inline(node.toArray());
    }
  }
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
