import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrateLegacyResponses, readResponses, responseText, RESPONSE_TEXT_FIELDS, setPosition, setResponseText } from './responses.js';

/** Two devices holding the same document, each writing before it hears of the other. */
function twoDevices(start: Y.Doc = new Y.Doc()): [Y.Doc, Y.Doc] {
  const state = Y.encodeStateAsUpdate(start);
  const a = new Y.Doc();
  const b = new Y.Doc();
  Y.applyUpdate(a, state);
  Y.applyUpdate(b, state);
  return [a, b];
}

/** Each hears what the other wrote, in either order. */
function merge(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

/** A row's response as a document from before top-level texts kept it: its own map, made with the row. */
function legacyDocument(rowId: string, fields: Partial<Record<(typeof RESPONSE_TEXT_FIELDS)[number] | 'position', string>>): Y.Doc {
  const doc = new Y.Doc();
  const map = new Y.Map<unknown>();
  doc.getMap<Y.Map<unknown>>('responses').set(rowId, map);
  for (const field of RESPONSE_TEXT_FIELDS) map.set(field, new Y.Text(fields[field] ?? ''));
  if (fields.position) map.set('position', fields.position);
  return doc;
}

describe('Government responses written at once', () => {
  it('two first writes to different fields of a new row both survive the merge, in either order', () => {
    for (const order of ['a first', 'b first']) {
      const [a, b] = twoDevices();
      setResponseText(a, 'row-1', 'ministry', 'Ministry of Justice');
      setPosition(b, 'row-1', 'accepts');
      setResponseText(b, 'row-1', 'timeline', 'June 2027');
      if (order === 'a first') merge(a, b);
      else merge(b, a);
      const expected = { rowId: 'row-1', position: 'accepts', ministry: 'Ministry of Justice', timeline: 'June 2027', indicator: '', comments: '' };
      expect(readResponses(a).get('row-1'), order).toEqual(expected);
      expect(readResponses(b).get('row-1'), order).toEqual(expected);
    }
  });

  it('two first writes to the same field keep both writers’ words', () => {
    const [a, b] = twoDevices();
    responseText(a, 'row-1', 'comments').insert(0, 'Budget agreed.');
    responseText(b, 'row-1', 'comments').insert(0, 'Law drafted.');
    merge(a, b);
    const comments = readResponses(a).get('row-1')!.comments;
    expect(comments).toContain('Budget agreed.');
    expect(comments).toContain('Law drafted.');
    expect(readResponses(b).get('row-1')!.comments).toBe(comments);
  });

  it('lists only rows that hold something; reading makes nothing', () => {
    const doc = new Y.Doc();
    responseText(doc, 'row-empty', 'ministry');
    setResponseText(doc, 'row-2', 'indicator', 'Law adopted');
    const before = Y.encodeStateAsUpdate(doc);
    expect([...readResponses(doc).keys()]).toEqual(['row-2']);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('reads what a device that never touched a row’s texts receives', () => {
    const [a, b] = twoDevices();
    setResponseText(a, 'row-1', 'ministry', 'Ministry of Justice');
    merge(a, b);
    expect(readResponses(b).get('row-1')!.ministry).toBe('Ministry of Justice');
  });
});

describe('responses written before top-level texts', () => {
  it('are read, and edited in the row’s own texts on every device, so concurrent edits still merge', () => {
    const [a, b] = twoDevices(legacyDocument('row-1', { position: 'will-consider', ministry: 'Ministry' }));
    expect(readResponses(a).get('row-1')).toMatchObject({ position: 'will-consider', ministry: 'Ministry' });
    responseText(a, 'row-1', 'ministry').insert(8, ' of Justice');
    setResponseText(b, 'row-1', 'timeline', '2027');
    setPosition(b, 'row-1', 'accepts');
    merge(a, b);
    for (const doc of [a, b]) expect(readResponses(doc).get('row-1')).toMatchObject({ position: 'accepts', ministry: 'Ministry of Justice', timeline: '2027' });
  });

  it('move to top-level texts when a dialogue day is made from them, once', () => {
    const doc = legacyDocument('row-1', { position: 'accepts', ministry: 'Ministry of Justice', comments: 'Да' });
    const before = readResponses(doc);
    migrateLegacyResponses(doc);
    expect(doc.getMap('responses').size).toBe(0);
    expect(readResponses(doc)).toEqual(before);
    expect(responseText(doc, 'row-1', 'ministry')).toBe(doc.getText('response:row-1:ministry'));
    migrateLegacyResponses(doc);
    expect(readResponses(doc)).toEqual(before);
  });

  it('a device that wrote a top-level text before the row’s map reached it: its words are read, exported and edited on every device', () => {
    const server = legacyDocument('row-1', { position: 'accepts' });
    // The Government's device bound its editor before the document synced: it wrote the top-level text.
    const early = new Y.Doc();
    responseText(early, 'row-1', 'ministry').insert(0, 'Ministry of Justice');
    const [a, b] = twoDevices(server);
    merge(a, early);
    merge(b, a);
    for (const doc of [a, b]) {
      expect(readResponses(doc).get('row-1')).toMatchObject({ position: 'accepts', ministry: 'Ministry of Justice' });
      expect(responseText(doc, 'row-1', 'ministry').toString()).toBe('Ministry of Justice');
    }
    // Editing goes on in the text that holds the words, so every device keeps seeing it.
    responseText(a, 'row-1', 'ministry').insert(19, ' and Home Affairs');
    merge(a, b);
    expect(readResponses(b).get('row-1')!.ministry).toBe('Ministry of Justice and Home Affairs');
  });

  it('words in both the row’s text and the top-level one are both read, and both kept when the layout moves', () => {
    const doc = legacyDocument('row-1', { comments: 'Budget agreed.' });
    doc.getText('response:row-1:comments').insert(0, 'Law drafted.');
    expect(readResponses(doc).get('row-1')!.comments).toBe('Budget agreed.\nLaw drafted.');
    expect(responseText(doc, 'row-1', 'comments').toString()).toBe('Budget agreed.');
    const before = readResponses(doc);
    migrateLegacyResponses(doc);
    expect(readResponses(doc)).toEqual(before);
  });
});
