import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { charterBlocks } from './charterBlocks.js';

const text = (words: string) => {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(words)]);
  return paragraph;
};

function charter(): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('default');
  const heading = new Y.XmlElement('heading');
  heading.insert(0, [new Y.XmlText('Agreed priorities')]);
  const list = new Y.XmlElement('orderedList');
  list.setAttribute('start', 3 as never);
  const items = ['Ratify OP-CAT.', 'Protect defenders.'].map((words) => {
    const item = new Y.XmlElement('listItem');
    item.insert(0, [text(words)]);
    return item;
  });
  list.insert(0, items);
  const bullets = new Y.XmlElement('bulletList');
  const bullet = new Y.XmlElement('listItem');
  bullet.insert(0, [text('Report yearly.')]);
  bullets.insert(0, [bullet]);
  fragment.insert(0, [heading, text(''), list, bullets, text('We commit.')]);
  return fragment;
}

describe('charterBlocks', () => {
  it('gives headings, paragraphs and numbered items in reading order, empty blocks left out', () => {
    expect(charterBlocks(charter())).toEqual([
      { kind: 'heading', marker: '', text: 'Agreed priorities' },
      { kind: 'item', marker: '3.', text: 'Ratify OP-CAT.' },
      { kind: 'item', marker: '4.', text: 'Protect defenders.' },
      { kind: 'item', marker: '•', text: 'Report yearly.' },
      { kind: 'paragraph', marker: '', text: 'We commit.' },
    ]);
  });
});
