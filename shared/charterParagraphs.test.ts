import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { locateParagraph, paragraphsOf, sameText } from './charterParagraphs.js';

function charter(blocks: [string, string][]): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('default');
  fragment.insert(
    0,
    blocks.map(([type, text]) => {
      const element = new Y.XmlElement(type);
      element.insert(0, [new Y.XmlText(text)]);
      return element;
    }),
  );
  return fragment;
}

describe('charter paragraphs', () => {
  it('lists paragraphs and headings in reading order, the paragraphs of list items included', () => {
    const fragment = charter([['heading', 'Charter'], ['bulletList', ''], ['paragraph', 'One.']]);
    const item = new Y.XmlElement('listItem');
    const inItem = new Y.XmlElement('paragraph');
    inItem.insert(0, [new Y.XmlText('A priority.')]);
    item.insert(0, [inItem]);
    (fragment.get(1) as Y.XmlElement).insert(0, [item]);
    const bold = new Y.XmlText('Two');
    bold.format(0, 3, { bold: true });
    const withBreak = new Y.XmlElement('paragraph');
    withBreak.insert(0, [bold, new Y.XmlElement('hardBreak'), new Y.XmlText('lines.')]);
    fragment.insert(3, [withBreak]);
    expect(paragraphsOf(fragment)).toEqual([
      { index: 0, type: 'heading', text: 'Charter' },
      { index: 1, type: 'paragraph', text: 'A priority.' },
      { index: 2, type: 'paragraph', text: 'One.' },
      { index: 3, type: 'paragraph', text: 'Two\nlines.' },
    ]);
  });

  it('finds the paragraph at its index, or the same text nearest it after paragraphs moved', () => {
    const paragraphs = [
      { index: 0, text: 'Same.' },
      { index: 1, text: 'Other.' },
      { index: 4, text: 'Same.' },
    ];
    expect(locateParagraph(paragraphs, { index: 4, text: 'Same.' })?.index).toBe(4);
    expect(locateParagraph(paragraphs, { index: 3, text: 'Same.' })?.index).toBe(4);
    expect(locateParagraph(paragraphs, { index: 1, text: 'Same.' })?.index).toBe(0);
    expect(locateParagraph(paragraphs, { index: 1, text: 'Edited.' })).toBeNull();
  });

  it('compares text as readers see it: Unicode form and trailing spaces do not count', () => {
    expect(sameText('Монгол Улс ', 'Монгол Улс')).toBe(true);
    expect(sameText('caf\u00e9', 'cafe\u0301')).toBe(true);
    expect(sameText('a\r\nb', 'a\nb')).toBe(true);
    expect(sameText('a b', 'a  b')).toBe(false);
  });

  it('always finds a paragraph that is still there, wherever it moved', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (texts, pick, shift) => {
        const paragraphs = texts.map((text, index) => ({ index, text }));
        const target = paragraphs[pick % paragraphs.length]!;
        const found = locateParagraph(paragraphs, { index: target.index + (shift % 5), text: target.text });
        expect(found && sameText(found.text, target.text)).toBe(true);
      }),
      { seed: 20151105, numRuns: 200 },
    );
  });
});
