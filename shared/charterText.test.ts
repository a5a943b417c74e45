import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CHARTER_FRAGMENT, canonicalCharterText } from './charterText.js';

type Child = Y.XmlElement | Y.XmlText | string;

/** An element as y-prosemirror writes it: a node name, attributes, and element or text children. */
function el(name: string, children: Child[] = [], attributes: Record<string, string | number> = {}): Y.XmlElement {
  const element = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value as string);
  element.insert(0, children.map((child) => (typeof child === 'string' ? new Y.XmlText(child) : child)));
  return element;
}

const p = (...children: Child[]) => el('paragraph', children);
const li = (...children: Y.XmlElement[]) => el('listItem', children);

function charter(...blocks: Y.XmlElement[]): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment(CHARTER_FRAGMENT).insert(0, blocks);
  return doc;
}

describe('canonical charter text', () => {
  it('writes headings, paragraphs and numbered items, blocks separated by blank lines', () => {
    const doc = charter(
      el('heading', ['Outcome charter'], { level: 1 }),
      p('We, the undersigned organisations, agree:'),
      el('orderedList', [li(p('Ratify OP-CAT.')), li(p('Pass the LGBT anti-discrimination law.')), li(p('Publish the mid-term report.'))]),
      el('heading', ['Follow-up'], { level: 2 }),
      el('bulletList', [li(p('Dialogue day with the Government')), li(p('UN country team briefing'))]),
    );
    expect(canonicalCharterText(doc)).toBe(
      [
        'Outcome charter',
        '',
        'We, the undersigned organisations, agree:',
        '',
        '1. Ratify OP-CAT.',
        '2. Pass the LGBT anti-discrimination law.',
        '3. Publish the mid-term report.',
        '',
        'Follow-up',
        '',
        '- Dialogue day with the Government',
        '- UN country team briefing',
      ].join('\n'),
    );
  });

  it('drops marks, turns hard breaks into line breaks, and normalises line endings and trailing space', () => {
    const bold = new Y.XmlText();
    bold.insert(0, 'torture  ', { bold: true });
    const doc = charter(p('End ', bold, el('hardBreak'), 'now.\r\nTogether.   '), p(''), p('   '), p('Last.\t'));
    expect(canonicalCharterText(doc)).toBe('End torture\nnow.\nTogether.\n\nLast.');
  });

  it('numbers from the list’s start and indents nested lists and later paragraphs under the item text', () => {
    const doc = charter(
      el('orderedList', [li(p('Ministry of Justice'), el('bulletList', [li(p('draft law')), li(p('budget'))]), p('by 2017')), li(p('Parliament'))], {
        start: 9,
      }),
    );
    expect(canonicalCharterText(doc)).toBe(['9. Ministry of Justice', '   - draft law', '   - budget', '   by 2017', '10. Parliament'].join('\n'));
  });

  it('gives the same text for the same words in another Unicode form (Cyrillic too)', () => {
    const composed = charter(p('Хүний эрх — café'));
    const decomposed = charter(p('Хүний эрх — cafe\u0301'));
    expect(canonicalCharterText(decomposed)).toBe(canonicalCharterText(composed));
    expect(canonicalCharterText(composed)).toBe('Хүний эрх — café');
  });

  it('is empty for an empty document', () => {
    expect(canonicalCharterText(new Y.Doc())).toBe('');
  });
});
