/**
 * Measures a page's layout as a phone user meets it: does it scroll sideways, and can every
 * control be hit with a thumb (WCAG 2.5.5: a 44 × 44 CSS px target)?
 */
import type { Page } from 'playwright-core';

/** The smallest target, in CSS pixels, a control may offer a finger. */
export const MIN_TARGET_PX = 44;

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** The outermost elements reaching past the right edge (outside any scrolling region), to say what overflows. */
  culprits: string[];
}

/** The document's scroll width against the viewport, with the elements that stick out. */
export function horizontalOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(`(() => {
    const root = document.documentElement;
    const limit = root.clientWidth + 1;
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    const culprits = [];
    // Inside a region that scrolls or clips on its own (a wide heat map), width does not move the page.
    const clipped = (el) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (el.getBoundingClientRect().right <= limit || clipped(el)) continue;
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > limit) continue;
      culprits.push(describe(el) + ' right=' + Math.round(el.getBoundingClientRect().right));
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: culprits.slice(0, 10) };
  })()`);
}

/**
 * Visible controls whose target is smaller than 44 × 44 px. A checkbox or radio counts by the
 * label that wraps it (the label is its target); links inside running text are exempt, as WCAG
 * exempts inline targets.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const min = ${MIN_TARGET_PX} - 0.5;
    const controls = document.querySelectorAll('button, select, textarea, summary, [role="button"], [contenteditable="true"], a.button-link, input:not([type="hidden"])');
    const small = [];
    for (const control of controls) {
      if (control.closest('.visually-hidden, .skip-link, [hidden]')) continue;
      const target = (control.type === 'checkbox' || control.type === 'radio') ? (control.closest('label') ?? control) : control;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (getComputedStyle(target).visibility === 'hidden') continue;
      if (box.width >= min && box.height >= min) continue;
      const name = (control.getAttribute('aria-label') ?? control.textContent ?? control.getAttribute('name') ?? '').trim().slice(0, 40);
      small.push(control.tagName.toLowerCase() + (control.type ? '[' + control.type + ']' : '') + ' "' + name + '" ' + Math.round(box.width) + 'x' + Math.round(box.height));
    }
    return small;
  })()`);
}
