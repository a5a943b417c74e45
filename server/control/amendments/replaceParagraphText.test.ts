import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inlineText } from '../../../shared/charterParagraphs.js';
import { canonicalCharterText } from '../../../shared/charterText.js';
import { replaceParagraphText } from './replaceParagraphText.js';

describe('replacing a charter paragraph’s text', () => {
  it('keeps the node type and attributes, drops marks, and turns line breaks into hard breaks', () => {
    const doc = new Y.Doc();
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', '2');
    const text = new Y.XmlText('Old title');
    text.format(0, 3, { bold: true });
    heading.insert(0, [text]);
    doc.getXmlFragment('default').insert(0, [heading]);

    replaceParagraphText(heading, 'New title\nsecond line');
    expect(heading.nodeName).toBe('heading');
    expect(heading.getAttribute('level')).toBe('2');
    expect(inlineText(heading)).toBe('New title\nsecond line');
    expect(heading.toArray().map((node) => (node instanceof Y.XmlElement ? node.nodeName : 'text'))).toEqual(['text', 'hardBreak', 'text']);
    expect(canonicalCharterText(doc)).toBe('New title\nsecond line');
  });
});
