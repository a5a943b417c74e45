/**
 * The Mongolian the build ships as messages only comes back, on the English keys, exactly as
 * written; a set whose keys differ from the English is refused rather than mismatched.
 */
import { describe, expect, it } from 'vitest';
import { MONGOLIAN } from './catalogues.mn.js';
import { ENGLISH } from './catalogues.js';
import { pack, unpack } from './packedCatalogue.js';

describe('a catalogue packed as its messages', () => {
  it('rebuilds the first visit’s Mongolian on the English keys', () => {
    expect(unpack(ENGLISH, pack(MONGOLIAN))).toEqual(MONGOLIAN);
  });

  it('keeps each message with its key whatever order the translation lists its keys in', () => {
    const english = { b: { y: 'Y', x: 'X' }, a: 'A' };
    expect(unpack(english, pack({ a: 'А', b: { x: 'Х', y: 'У' } }))).toEqual({ a: 'А', b: { x: 'Х', y: 'У' } });
  });

  it('refuses a set whose keys are not the English ones', () => {
    const english = { a: 'A', b: 'B' };
    expect(() => unpack(english, pack({ a: 'А', c: 'С' }))).toThrow(/not the English ones/);
    expect(() => unpack(english, { ...pack({ a: 'А', b: 'Б' }), messages: ['А', 'Б', 'В'] })).toThrow(/more messages/);
  });
});
