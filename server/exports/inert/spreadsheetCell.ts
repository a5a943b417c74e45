/**
 * A participant's text as a spreadsheet cell that stays text. Excel, LibreOffice and Google
 * Sheets run a cell starting with `=`, `+`, `-` or `@` as a formula (and tab or CR can hide such
 * a start), which can fetch URLs or run commands on the organiser's machine (CSV injection).
 * Prefixing an apostrophe is what OWASP recommends: spreadsheets show the text, run nothing.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** `text`, prefixed with `'` when a spreadsheet would read it as a formula. */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
