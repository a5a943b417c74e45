/** The DOM of a remote caret: a coloured bar and a label with the server-stamped name and organisation. */

/** The `user` of a remote awareness state, as the server stamped it (never trusted as markup). */
export interface CaretUser {
  name?: unknown;
  organisation?: unknown;
  color?: unknown;
}

/** Builds the caret with text nodes only, so a name cannot inject markup. */
export function caretElement(user: CaretUser): HTMLElement {
  const colour = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#3d4a5c';
  const caret = document.createElement('span');
  caret.className = 'charter-caret';
  // The label sits inside the text box: hidden from assistive technology so it is never read as charter text.
  caret.setAttribute('aria-hidden', 'true');
  caret.style.borderColor = colour;
  const label = document.createElement('span');
  label.className = 'charter-caret__label';
  label.style.backgroundColor = colour;
  const name = typeof user.name === 'string' && user.name ? user.name : '?';
  const organisation = typeof user.organisation === 'string' && user.organisation ? ` · ${user.organisation}` : '';
  label.textContent = `${name}${organisation}`;
  caret.append(label);
  keepInsideEditor(label);
  return caret;
}

/**
 * A label near the editor's right edge would spill out of it: once the caret is in the page,
 * watch the label against the editor and, while it does not fit, hang it to the left of the
 * caret instead. Labels are capped at a third of the viewport, so one side always fits.
 */
function keepInsideEditor(label: HTMLElement): void {
  if (typeof IntersectionObserver === 'undefined') return;
  requestAnimationFrame(() => {
    const editor = label.closest<HTMLElement>('.ProseMirror');
    if (!editor) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!label.isConnected) return observer.disconnect();
        if (entry && entry.intersectionRatio < 0.99) label.classList.toggle('charter-caret__label--left');
      },
      { root: editor, threshold: [0.99] },
    );
    observer.observe(label);
  });
}
