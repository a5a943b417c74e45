import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiffPart, wordDiff } from './wordDiff.js';

const side = (parts: DiffPart[], skip: DiffPart['kind']) => parts.filter((p) => p.kind !== skip).map((p) => p.text).join('');

describe('word diff', () => {
  it('marks the words an amendment removes and adds', () => {
    expect(wordDiff('Ratify OP-CAT without delay.', 'Ratify OP-CAT within the year.')).toEqual([
      { kind: 'same', text: 'Ratify OP-CAT ' },
      { kind: 'removed', text: 'without delay.' },
      { kind: 'added', text: 'within the year.' },
    ]);
    expect(wordDiff('Protect defenders.', 'Protect human rights defenders.')).toEqual([
      { kind: 'same', text: 'Protect ' },
      { kind: 'added', text: 'human rights ' },
      { kind: 'same', text: 'defenders.' },
    ]);
  });

  it('works on Cyrillic words and on equal or empty texts', () => {
    expect(wordDiff('Хүний эрхийн хамгаалагчид', 'Хүний эрхийн хамгаалагчдыг хамгаалах')).toEqual([
      { kind: 'same', text: 'Хүний эрхийн ' },
      { kind: 'removed', text: 'хамгаалагчид' },
      { kind: 'added', text: 'хамгаалагчдыг хамгаалах' },
    ]);
    expect(wordDiff('Same text.', 'Same text.')).toEqual([{ kind: 'same', text: 'Same text.' }]);
    expect(wordDiff('', 'New.')).toEqual([{ kind: 'added', text: 'New.' }]);
  });

  it('always rebuilds both texts, never two parts of one kind side by side', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'дэ', '\n'), { maxLength: 30 }).map((s) => s.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        expect(side(parts, 'added')).toBe(before);
        expect(side(parts, 'removed')).toBe(after);
        parts.slice(1).forEach((part, i) => expect(part.kind).not.toBe(parts[i]!.kind));
      }),
      { seed: 2015, numRuns: 300 },
    );
  });
});
