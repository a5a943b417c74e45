/**
 * A column of items that never scrolls: the items are measured once laid out, split into pages
 * that fit the box, and the page shown turns by itself — or stays on the spotlit item's page.
 */
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageOf, paginate } from './paginate.js';
// Words that load with this screen, not with the first visit.
import './screenCatalogue.js';

/** How long a page stays on the wall before the next one: long enough to read a few rows aloud. */
export const PAGE_TURN_MS = 15_000;

interface ProjectorPagesProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T, spotlit: boolean) => ReactNode;
  /** The facilitator's spotlit item: its page stays on the screen. */
  spotlitKey?: string | null;
  className?: string;
}

interface Layout {
  items: readonly unknown[];
  height: number;
  /** Bumped when a shown item changes height by itself (a list inside it grew). */
  resized: number;
  pages: number[][];
}

export function ProjectorPages<T>({ items, keyOf, render, spotlitKey = null, className = '' }: ProjectorPagesProps<T>) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const height = useBoxHeight(box);
  const [layout, setLayout] = useState<Layout | null>(null);
  const [resized, setResized] = useState(0);
  // Measured for these very items at this height; otherwise every item is laid out to be measured (before paint).
  const current = layout && layout.items === items && layout.height === height && layout.resized === resized ? layout : null;

  useLayoutEffect(() => {
    if (current || !box.current) return;
    const boxes = Array.from(box.current.children, (child) => {
      const element = child as HTMLElement;
      return { top: element.offsetTop, height: element.offsetHeight };
    });
    setLayout({ items, height, resized, pages: paginate(boxes, box.current.clientHeight) });
  }, [current, items, height, resized]);
  useItemResize(box, current !== null, () => setResized((n) => n + 1));

  const pages = current?.pages ?? [];
  const spotlitIndex = spotlitKey === null ? -1 : items.findIndex((item) => keyOf(item) === spotlitKey);
  const turned = usePageTurn(pages.length, spotlitIndex === -1);
  const shown = spotlitIndex !== -1 ? pageOf(pages, spotlitIndex) : turned % Math.max(1, pages.length);
  const visible = current ? (pages[shown] ?? []) : items.map((_, index) => index);

  return (
    <div className={`projector-pages ${className}`}>
      <div ref={box} className="projector-pages__box">
        {visible.map((index) => {
          const item = items[index]!;
          const key = keyOf(item);
          return (
            <div key={key} className={`projector-pages__item${key === spotlitKey ? ' projector-pages__item--spotlit' : ''}`}>
              {render(item, key === spotlitKey)}
            </div>
          );
        })}
      </div>
      {/* Always there, empty on a single page: the box's height must not depend on the page count it is measured for. */}
      <p className="projector-pages__count" data-testid="projector-page">
        {pages.length > 1 && t('screen.page', { page: shown + 1, count: pages.length })}
      </p>
    </div>
  );
}

/** The box's height, kept current as the window (or the console's thumbnail) changes size. */
function useBoxHeight(box: React.RefObject<HTMLDivElement | null>): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the first measure of a box only the DOM knows, before paint
    setHeight(element.clientHeight);
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return height;
}

/** Calls `onResize` when a shown item's height changes after it was measured. */
function useItemResize(box: React.RefObject<HTMLDivElement | null>, measured: boolean, onResize: () => void): void {
  useEffect(() => {
    const element = box.current;
    if (!measured || !element) return;
    const heights = new Map(Array.from(element.children, (child) => [child, (child as HTMLElement).offsetHeight]));
    const observer = new ResizeObserver((entries) => {
      if (entries.some((entry) => (entry.target as HTMLElement).offsetHeight !== heights.get(entry.target))) onResize();
    });
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  });
}

/** A counter that moves on every PAGE_TURN_MS while there is more than one page to turn. */
function usePageTurn(pageCount: number, turning: boolean): number {
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    if (!turning || pageCount < 2) return;
    const timer = window.setInterval(() => setTurn((n) => n + 1), PAGE_TURN_MS);
    return () => window.clearInterval(timer);
  }, [turning, pageCount]);
  return turn;
}
