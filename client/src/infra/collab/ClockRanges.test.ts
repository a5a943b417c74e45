import { describe, expect, it } from 'vitest';
import { ClockRanges } from './ClockRanges.js';

describe('ClockRanges', () => {
  it('merges overlapping and adjacent ranges so a covering check spans them', () => {
    const set = new ClockRanges();
    set.add(1, 0, 3);
    set.add(1, 3, 2);
    set.add(1, 10, 5);
    set.add(1, 4, 7);
    expect(set.covers(1, 0, 15)).toBe(true);
    expect(set.covers(1, 0, 16)).toBe(false);
    expect(set.covers(2, 0, 1)).toBe(false);
  });

  it('is a subset only when every range of every client is covered', () => {
    const small = new ClockRanges();
    small.add(1, 2, 2);
    small.add(7, 0, 1);
    const big = new ClockRanges();
    big.add(1, 0, 10);
    expect(small.isSubsetOf(big)).toBe(false);
    big.add(7, 0, 1);
    expect(small.isSubsetOf(big)).toBe(true);
    expect(new ClockRanges().isSubsetOf(small)).toBe(true);
  });
});
