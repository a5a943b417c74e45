import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentJson } from './documentJson.js';

describe('any document as JSON', () => {
  it('tells maps, arrays and texts apart in a document decoded from updates', () => {
    const source = new Y.Doc();
    source.getMap('rows').set('r1', { action: 'Draft a law' });
    source.getArray('items').push(['one', 2]);
    source.getText('notes').insert(0, 'Dialogue day in June');
    const decoded = new Y.Doc();
    Y.applyUpdate(decoded, Y.encodeStateAsUpdate(source));
    expect(documentJson(decoded)).toEqual({ items: ['one', 2], notes: 'Dialogue day in June', rows: { r1: { action: 'Draft a law' } } });
  });

  it('reads nested shared types', () => {
    const doc = new Y.Doc();
    const row = new Y.Map<unknown>();
    doc.getArray('rows').push([row]);
    row.set('title', new Y.Text('Torture prevention'));
    expect(documentJson(doc)).toEqual({ rows: [{ title: 'Torture prevention' }] });
  });
});
