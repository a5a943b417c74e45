/** Splitting a column of items into screen-high pages, from measured positions: pure, so it is tested without a browser. */

/** One item's measured box inside the pages' container: its top and its height, in pixels. */
export interface ItemBox {
  top: number;
  height: number;
}

/**
 * Item indexes per page: each page takes items while the last one's bottom is within `available`
 * of the page's first top. An item taller than a page gets a page of its own (its text is
 * clamped by the stylesheet, so it still fits).
 */
export function paginate(boxes: readonly ItemBox[], available: number): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let pageTop = 0;
  boxes.forEach((box, index) => {
    if (page.length > 0 && box.top + box.height - pageTop > available) {
      pages.push(page);
      page = [];
    }
    if (page.length === 0) pageTop = box.top;
    page.push(index);
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The page holding item `index`, or -1. */
export function pageOf(pages: readonly number[][], index: number): number {
  return pages.findIndex((page) => page.includes(index));
}
