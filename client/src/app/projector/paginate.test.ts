import { describe, expect, it } from 'vitest';
import { pageOf, paginate } from './paginate.js';

const column = (...heights: number[]) => {
  let top = 0;
  return heights.map((height) => {
    const box = { top, height };
    top += height + 10;
    return box;
  });
};

describe('paginate', () => {
  it('fills each page up to the available height, gaps included', () => {
    // 100 + 10 + 100 = 210 fits 220; the third item would end at 320.
    expect(paginate(column(100, 100, 100, 100, 100), 220)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('gives an item taller than a page a page of its own', () => {
    expect(paginate(column(50, 500, 50), 200)).toEqual([[0], [1], [2]]);
  });

  it('keeps everything on one page when it fits, and has no page for no items', () => {
    expect(paginate(column(40, 40, 40), 1000)).toEqual([[0, 1, 2]]);
    expect(paginate([], 1000)).toEqual([]);
  });

  it('finds the page of an item', () => {
    const pages = paginate(column(100, 100, 100), 150);
    expect(pageOf(pages, 2)).toBe(2);
    expect(pageOf(pages, 7)).toBe(-1);
  });
});
