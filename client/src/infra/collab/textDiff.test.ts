import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffText, transformPosition, type TextDelta } from './textDiff.js';

/** Applies a splice to a string, as the binding applies it to a Y.Text. */
function apply(text: string, splice: ReturnType<typeof diffText>): string {
  if (!splice) return text;
  return text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove);
}

describe('diffText', () => {
  it('finds nothing to do for equal values', () => {
    expect(diffText('same', 'same')).toBeNull();
  });

  it('turns typing, deleting and replacing into one splice', () => {
    expect(diffText('helo', 'hello')).toEqual({ index: 3, remove: 0, insert: 'l' });
    expect(diffText('hello', 'hllo')).toEqual({ index: 1, remove: 1, insert: '' });
    expect(diffText('the old word', 'the new word')).toEqual({ index: 4, remove: 3, insert: 'new' });
    expect(diffText('', 'abc')).toEqual({ index: 0, remove: 0, insert: 'abc' });
    expect(diffText('abc', '')).toEqual({ index: 0, remove: 3, insert: '' });
  });

  it('uses the caret to place an insert among repeated letters', () => {
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa', 3)).toEqual({ index: 2, remove: 0, insert: 'a' });
    expect(diffText('aaa', 'aa', 1)).toEqual({ index: 1, remove: 1, insert: '' });
  });

  it('never splits a surrogate pair', () => {
    const splice = diffText('a😀b', 'a😃b');
    expect(splice).toEqual({ index: 1, remove: 2, insert: '😃' });
  });

  it('always rebuilds the new value, whatever the caret says', () => {
    const cases: Array<[string, string, number | undefined]> = [
      ['abcabc', 'abc', 0],
      ['abc', 'abcabc', 6],
      ['xx yy', 'xx zz yy', 5],
      ['hello world', 'hello brave new world', 99],
      ['aaaa', 'aa', undefined],
    ];
    for (const [before, after, caret] of cases) expect(apply(before, diffText(before, after, caret))).toBe(after);
  });

  it('keeps both words when two people type into one Y.Text at the same time', () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    const write = (doc: Y.Doc, before: string, after: string, caret: number) => {
      const splice = diffText(before, after, caret);
      if (!splice) return;
      const text = doc.getText('field');
      text.delete(splice.index, splice.remove);
      text.insert(splice.index, splice.insert);
    };
    write(alice, '', 'start', 5);
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    write(alice, 'start', 'start Alice', 11);
    write(bob, 'start', 'Bob start', 4);
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
    Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
    expect(alice.getText('field').toString()).toBe('Bob start Alice');
    expect(bob.getText('field').toString()).toBe('Bob start Alice');
  });
});

describe('transformPosition', () => {
  it('moves the caret right by text inserted before it, and not by text after it', () => {
    expect(transformPosition(5, [{ insert: 'abc' }])).toBe(8);
    expect(transformPosition(5, [{ retain: 2 }, { insert: 'abc' }])).toBe(8);
    expect(transformPosition(5, [{ retain: 6 }, { insert: 'abc' }])).toBe(5);
  });

  it('keeps the caret before text inserted exactly where it is', () => {
    expect(transformPosition(5, [{ retain: 5 }, { insert: 'abc' }])).toBe(5);
  });

  it('moves the caret left by deletions before it and to the start of a deletion around it', () => {
    expect(transformPosition(5, [{ delete: 2 }])).toBe(3);
    expect(transformPosition(5, [{ retain: 3 }, { delete: 4 }])).toBe(3);
    expect(transformPosition(5, [{ retain: 5 }, { delete: 4 }])).toBe(5);
  });

  it('follows a real Y.Text delta', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'hello world');
    let delta: TextDelta = [];
    text.observe((event) => (delta = event.delta as TextDelta));
    doc.transact(() => {
      text.delete(0, 5);
      text.insert(0, 'goodbye, cruel');
    });
    // The caret was after "world" (11); the text before it grew by 9.
    expect(transformPosition(11, delta)).toBe(20);
  });
});
