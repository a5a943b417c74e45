import { describe, expect, it } from 'vitest';
import { prioritiesFromDots } from './prioritiesFromDots.js';

describe('the room priorities a closed dot vote suggests', () => {
  it('ranks the recommendations with dots in thirds: high, medium, low', () => {
    expect(prioritiesFromDots({ a: 9, b: 7, c: 5, d: 3, e: 2, f: 1 })).toEqual({ a: 'high', b: 'high', c: 'medium', d: 'medium', e: 'low', f: 'low' });
  });

  it('gives equal dots the same priority, the higher one', () => {
    expect(prioritiesFromDots({ a: 4, b: 4, c: 4, d: 1 })).toEqual({ a: 'high', b: 'high', c: 'high', d: 'medium' });
  });

  it('leaves recommendations without dots out, so they keep the room’s earlier decision', () => {
    expect(prioritiesFromDots({ a: 2, b: 0 })).toEqual({ a: 'high' });
    expect(prioritiesFromDots({})).toEqual({});
  });
});
