import { describe, expect, it } from 'vitest';
import { type BlockNode, paragraphsOfDoc } from './editorParagraphs.js';

const node = (name: string, text: string): BlockNode => ({ type: { name }, content: { size: text.length }, textBetween: () => text });

describe('paragraphs of the editor document', () => {
  it('lists paragraphs and headings in reading order, the paragraphs of list items included', () => {
    // What ProseMirror's descendants() visits: heading, list, item, its paragraph, item, its paragraph, paragraph.
    const visited = [
      node('heading', 'Charter'),
      node('orderedList', ''),
      node('listItem', ''),
      node('paragraph', 'Ratify OP-CAT.'),
      node('listItem', ''),
      node('paragraph', 'Protect defenders.'),
      node('paragraph', 'Signed in Ulaanbaatar.'),
    ];
    const doc = { descendants: (visit: (n: BlockNode) => boolean | void) => visited.forEach((n) => visit(n)) };
    expect(paragraphsOfDoc(doc)).toEqual([
      { index: 0, type: 'heading', text: 'Charter' },
      { index: 1, type: 'paragraph', text: 'Ratify OP-CAT.' },
      { index: 2, type: 'paragraph', text: 'Protect defenders.' },
      { index: 3, type: 'paragraph', text: 'Signed in Ulaanbaatar.' },
    ]);
  });
});
