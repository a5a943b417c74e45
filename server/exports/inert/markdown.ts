/**
 * A participant's text as inert Markdown. The file may be rendered by a Markdown viewer (GitHub,
 * an intranet wiki, a static site) that passes HTML through and follows links: a charter line
 * like `<img onerror=…>` or `[click](javascript:…)` must show as those characters and do nothing.
 */

/**
 * Characters that start a link, image, emphasis, code or table are backslash-escaped anywhere;
 * `<`, `>` and `&` become entities so no tag or autolink forms; a line that would start a list,
 * heading, quote or setext underline has its first mark escaped. Without `[`, `(` and `<` no
 * link can form, so a `javascript:` target stays plain words. Dots and dashes inside a sentence
 * are left alone so the file stays readable.
 */
export function inertMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_{}[\]()#|~!]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** A paragraph of inert Markdown: inner line breaks become hard breaks. */
export function inertMarkdownParagraph(text: string): string {
  return inertMarkdown(text).split('\n').join('  \n');
}
