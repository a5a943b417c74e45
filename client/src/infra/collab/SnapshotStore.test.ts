import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deepChanges, sameItems, shallowChanges, type SnapshotSpec, SnapshotStore } from './SnapshotStore.js';

const rowsOf = (doc: Y.Doc) => doc.getArray<Y.Map<unknown>>('rows');

function addRow(doc: Y.Doc, id: string): Y.Map<unknown> {
  const row = new Y.Map<unknown>();
  row.set('id', id);
  row.set('note', new Y.Text());
  rowsOf(doc).push([row]);
  return row;
}

const noteOf = (row: Y.Map<unknown> | undefined) => row?.get('note') as Y.Text;

/** Ids only: typing in a note reads the same ids again. */
const ids: SnapshotSpec<Y.Doc, string[]> = {
  watch: deepChanges(rowsOf),
  read: (doc) => rowsOf(doc).map((row) => String(row.get('id'))),
  same: sameItems((a, b) => a === b),
};

function listen<Source, T>(store: SnapshotStore<Source, T>): { count: () => number; stop: () => void } {
  let notified = 0;
  const stop = store.subscribe(() => notified++);
  return { count: () => notified, stop };
}

describe('a live snapshot of a Yjs type', () => {
  it('stays the same object until a change makes a different reading', () => {
    const doc = new Y.Doc();
    addRow(doc, 'a');
    const store = new SnapshotStore(doc, ids);
    const listener = listen(store);
    const first = store.snapshot();
    expect(store.snapshot()).toBe(first);

    noteOf(rowsOf(doc).get(0)).insert(0, 'typing');
    expect(store.snapshot()).toBe(first);
    expect(listener.count()).toBe(0);

    addRow(doc, 'b');
    expect(store.snapshot()).toEqual(['a', 'b']);
    expect(store.snapshot()).not.toBe(first);
    expect(listener.count()).toBe(1);
  });

  it('a shallow watch does not re-read on typing in a nested text; a deep one does', () => {
    const doc = new Y.Doc();
    addRow(doc, 'a');
    let reads = 0;
    const countingRead = (d: Y.Doc) => {
      reads++;
      return rowsOf(d).length;
    };
    const shallow = new SnapshotStore(doc, { watch: shallowChanges(rowsOf), read: countingRead });
    listen(shallow);
    const afterSubscribe = reads;
    noteOf(rowsOf(doc).get(0)).insert(0, 'x');
    expect(reads).toBe(afterSubscribe);

    const deep = new SnapshotStore(doc, { watch: deepChanges(rowsOf), read: countingRead });
    listen(deep);
    const beforeTyping = reads;
    noteOf(rowsOf(doc).get(0)).insert(0, 'y');
    expect(reads).toBe(beforeTyping + 1);
  });

  it('stops observing when the last listener leaves and catches up when one returns', () => {
    const doc = new Y.Doc();
    const store = new SnapshotStore(doc, ids);
    const first = listen(store);
    const second = listen(store);
    first.stop();
    addRow(doc, 'a');
    expect(second.count()).toBe(1);
    second.stop();

    addRow(doc, 'b');
    expect(store.snapshot()).toEqual(['a']);
    const third = listen(store);
    expect(store.snapshot()).toEqual(['a', 'b']);
    addRow(doc, 'c');
    expect(third.count()).toBe(1);
  });
});
