import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CHARTER_FRAGMENT } from '../../shared/charterText.js';
import { charterBlocks } from './charterBlocks.js';
import { sheetName } from './planXlsx.js';

function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attributes: Record<string, string> = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}
const paragraph = (text: string) => element('paragraph', [new Y.XmlText(text)]);
const item = (...children: Y.XmlElement[]) => element('listItem', children);

describe('charter blocks', () => {
  it('reads headings, paragraphs and numbered items with the numbers of the canonical text', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment(CHARTER_FRAGMENT).insert(0, [
      element('heading', [new Y.XmlText('Тэргүүлэх чиглэл')], { level: '2' }),
      paragraph('Preamble'),
      element('orderedList', [item(paragraph('First'), element('bulletList', [item(paragraph('detail'))])), item(paragraph('Second'))], { start: '3' }),
      paragraph('   '),
    ]);
    expect(charterBlocks(doc)).toEqual([
      { kind: 'heading', level: 2, text: 'Тэргүүлэх чиглэл' },
      { kind: 'paragraph', text: 'Preamble' },
      { kind: 'item', ordered: true, number: 3, depth: 0, text: 'First', firstOfList: true },
      { kind: 'item', ordered: false, number: 1, depth: 1, text: 'detail', firstOfList: true },
      { kind: 'item', ordered: true, number: 4, depth: 0, text: 'Second', firstOfList: false },
    ]);
  });
});

describe('sheet names', () => {
  it('drops the characters Excel refuses, keeps 31 characters and never repeats a name', () => {
    const taken = new Set<string>();
    expect(sheetName('Torture: prevention [OP-CAT]', taken)).toBe('Torture  prevention  OP-CAT');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('X'.repeat(40), taken)).toBe(`${'X'.repeat(29)} 2`);
    expect(sheetName('///', taken)).toBe('Cluster');
  });
});
