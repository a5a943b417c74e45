/**
 * In-page checks of a screen that must never scroll, as source evaluated in the page (the tests
 * are compiled without the DOM's types). Both look only at `.projector` and at what is visible.
 */

/** Problems, as sentences: the page scrolls, or a box that clips (overflow not visible) holds more than it shows, or a box leaves the screen. */
export const OVERFLOWING = `(() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) problems.push('page scrolls: ' + root.scrollWidth + '×' + root.scrollHeight);
  for (const element of document.querySelectorAll('.projector *')) {
    if (element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;
    const name = element.tagName.toLowerCase() + '.' + element.className;
    const style = getComputedStyle(element);
    const clips = style.overflowY !== 'visible' || style.overflowX !== 'visible';
    if (clips && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)) {
      problems.push(name + ' cut: ' + element.scrollWidth + '×' + element.scrollHeight + ' in ' + element.clientWidth + '×' + element.clientHeight + ': ' + (element.textContent || '').slice(0, 60));
    }
    const box = element.getBoundingClientRect();
    if (box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5) problems.push(name + ' beyond the screen');
  }
  return problems;
})()`;

/** `{ size, text }`: the smallest computed font size of visible text, and that text. */
export const SMALLEST_TEXT = `(() => {
  let smallest = { size: Infinity, text: '' };
  const walker = document.createTreeWalker(document.querySelector('.projector'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent.trim() || parent.closest('.visually-hidden, option') || parent.getClientRects().length === 0) continue;
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (size < smallest.size) smallest = { size, text: node.textContent.trim().slice(0, 40) };
  }
  return smallest;
})()`;
