/**
 * The charter's canonical text: what is hashed when it is put to the vote, and what the record
 * keeps. It is read from the Tiptap (ProseMirror) document as y-prosemirror stores it — the
 * Y.XmlFragment `default` of the `charter` section's Yjs document — so server and client derive
 * the same text from the same document.
 *
 * Rules (anyone can reproduce them, and recompute the hash from the recorded text):
 * - headings and paragraphs are their plain text (marks dropped, hard breaks become line breaks);
 * - ordered-list items are numbered `1.`, `2.` … (from the list's `start`), bullet items `- `;
 *   a nested list is indented by the width of its parent's marker;
 * - blocks are separated by one blank line, the items of a list by a line break;
 * - line endings are `\n`, trailing whitespace is trimmed, empty blocks are dropped, and the
 *   text is in Unicode NFC, so the same words always give the same bytes.
 */
import * as Y from 'yjs';

/** The Y.XmlFragment Tiptap's Collaboration extension binds by default. */
export const CHARTER_FRAGMENT = 'default';

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

/** The canonical text of a charter document. */
export function canonicalCharterText(doc: Y.Doc): string {
  return canonicalText(doc.getXmlFragment(CHARTER_FRAGMENT));
}

/** The canonical text of a ProseMirror fragment (see the module comment for the rules). */
export function canonicalText(fragment: Y.XmlFragment): string {
  const text = blocksOf(fragment.toArray(), '').join('\n\n');
  return text
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd();
}

function blocksOf(nodes: Node[], indent: string): string[] {
  return nodes.map((node) => block(node, indent)).filter((text): text is string => text !== null && text.trim() !== '');
}

function block(node: Node, indent: string): string | null {
  if (node instanceof Y.XmlText) return indentLines(inline([node]), indent);
  if (!(node instanceof Y.XmlElement)) return null;
  switch (node.nodeName) {
    case 'orderedList': {
      const start = Number(node.getAttribute('start') ?? 1);
      const first = Number.isInteger(start) ? start : 1;
      return listItems(node).map((item, i) => listItem(item, `${first + i}. `, indent)).join('\n');
    }
    case 'bulletList':
      return listItems(node).map((item) => listItem(item, '- ', indent)).join('\n');
    case 'listItem':
      return listItem(node, '- ', indent);
    case 'horizontalRule':
      return null;
    default: {
      const children = node.toArray();
      // A container of blocks (blockquote and the like) is its blocks; a textblock is its text.
      if (children.some((child) => child instanceof Y.XmlElement && !isInline(child))) return blocksOf(children, indent).join('\n\n');
      return indentLines(inline(children), indent);
    }
  }
}

function listItems(list: Y.XmlElement): Y.XmlElement[] {
  return list.toArray().filter((child): child is Y.XmlElement => child instanceof Y.XmlElement);
}

/** The marker goes on the item's first line; its other lines and nested lists align under the text. */
function listItem(item: Y.XmlElement, marker: string, indent: string): string {
  const inner = indent + ' '.repeat(marker.length);
  const parts = item.toArray().map((child, i) => {
    const isList = child instanceof Y.XmlElement && (child.nodeName === 'orderedList' || child.nodeName === 'bulletList');
    return isList ? block(child, inner) : block(child, i === 0 ? '' : inner);
  });
  const [first, ...rest] = parts.filter((part): part is string => part !== null && part.trim() !== '');
  const head = `${indent}${marker}${(first ?? '').replace(/\n/g, `\n${inner}`)}`;
  return [head, ...rest].join('\n');
}

function isInline(element: Y.XmlElement): boolean {
  return element.nodeName === 'hardBreak' || element.nodeName === 'mention' || element.nodeName === 'image';
}

/** Plain text of inline content: text runs without their marks; a hard break is a line break. */
function inline(nodes: Node[]): string {
  let text = '';
  for (const node of nodes) {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert: unknown }[]) if (typeof op.insert === 'string') text += op.insert;
    } else if (node instanceof Y.XmlElement) {
      text += node.nodeName === 'hardBreak' ? '\n' : inline(node.toArray());
    }
  }
  return text.replace(/\r\n?/g, '\n');
}

function indentLines(text: string, indent: string): string {
  return indent === '' ? text : text.split('\n').map((line) => indent + line).join('\n');
}
