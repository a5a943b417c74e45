import { describe, expect, it } from 'vitest';
import { groupByYear } from './groupByYear.js';

describe('groupByYear', () => {
  it('orders years on the timeline, keeps insertion order within a year, and puts undated cards last', () => {
    const cards = [
      { id: 'a', year: 2014 },
      { id: 'b', year: null },
      { id: 'c', year: 2011 },
      { id: 'd', year: 2014 },
    ];
    expect(groupByYear(cards).map((group) => [group.year, group.items.map((card) => card.id)])).toEqual([
      [2011, ['c']],
      [2014, ['a', 'd']],
      [null, ['b']],
    ]);
  });
});
