import { describe, expect, it } from 'vitest';
import { type BlockNode, paragraphsOfDoc } from './editorParagraphs.js';

const node = (name: string, text: string): BlockNode => ({ type: { name }, content: { size: text.length }, textBetween: () => text });

describe('paragraphs of the editor document', () => {
  it('keeps paragraphs and headings with their top-level index, and skips lists', () => {
    const children = [node('heading', 'Charter'), node('orderedList', '1'), node('paragraph', 'Ratify OP-CAT.')];
    const doc = { forEach: (visit: (n: BlockNode, offset: number, index: number) => void) => children.forEach((n, i) => visit(n, 0, i)) };
    expect(paragraphsOfDoc(doc)).toEqual([
      { index: 0, type: 'heading', text: 'Charter' },
      { index: 2, type: 'paragraph', text: 'Ratify OP-CAT.' },
    ]);
  });
});
