/**
 * Rows of co-edited fields in a section document, the shape the plan and the strategy share:
 *
 *   doc.getArray('rows')   Y.Array<Y.Map>, in the order rows were added
 *     row.get('id')        string, stable across edits
 *     row.get(textField)   Y.Text, co-edited character by character
 *     row.get(choiceField) one string of a fixed list, or null
 *     row.get('recommendationKeys')  Y.Array<string>: keys of the recommendations section
 *
 * Rows are maps rather than arrays of values so that two people editing two fields of one row
 * never conflict, and a row keeps its id when others are added or removed.
 */
import * as Y from 'yjs';

export type SharedRow = Y.Map<unknown>;

const ROWS_KEY = 'rows';
const LINKS_KEY = 'recommendationKeys';

/** The shared array of rows of a section document. */
export function rowsOf(doc: Y.Doc): Y.Array<SharedRow> {
  return doc.getArray<SharedRow>(ROWS_KEY);
}

/** A random id; getRandomValues works in insecure contexts (venue LAN over http), randomUUID does not. */
export function newRowId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Adds a row with an empty Y.Text per text field and the given choices; returns it. */
export function addRow(
  doc: Y.Doc,
  textFields: readonly string[],
  initial: { id?: string; texts?: Record<string, string>; choices?: Record<string, string | null>; recommendationKeys?: string[] } = {},
): SharedRow {
  const row: SharedRow = new Y.Map<unknown>();
  doc.transact(() => {
    row.set('id', initial.id ?? newRowId());
    for (const field of textFields) row.set(field, new Y.Text(initial.texts?.[field] ?? ''));
    for (const [field, value] of Object.entries(initial.choices ?? {})) row.set(field, value);
    row.set(LINKS_KEY, Y.Array.from(initial.recommendationKeys ?? []));
    rowsOf(doc).push([row]);
  });
  return row;
}

/** Finds a row by id, or null. */
export function findRow(doc: Y.Doc, id: string): SharedRow | null {
  return rowsOf(doc).toArray().find((row) => row.get('id') === id) ?? null;
}

/** Removes a row by id; true when it was there. */
export function removeRow(doc: Y.Doc, id: string): boolean {
  const rows = rowsOf(doc);
  const index = rows.toArray().findIndex((row) => row.get('id') === id);
  if (index < 0) return false;
  rows.delete(index, 1);
  return true;
}

/** The Y.Text of a field, created when a row written by another client lacks it. */
export function rowText(row: SharedRow, field: string): Y.Text {
  const existing = row.get(field);
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text(typeof existing === 'string' ? existing : '');
  row.set(field, text);
  return text;
}

/** The linked recommendation keys, created when missing. */
export function rowLinks(row: SharedRow): Y.Array<string> {
  const existing = row.get(LINKS_KEY);
  if (existing instanceof Y.Array) return existing as Y.Array<string>;
  const links = new Y.Array<string>();
  row.set(LINKS_KEY, links);
  return links;
}

/** Links or unlinks one recommendation. */
export function setRowLink(row: SharedRow, key: string, linked: boolean): void {
  const links = rowLinks(row);
  const index = links.toArray().indexOf(key);
  if (linked && index < 0) links.push([key]);
  if (!linked && index >= 0) links.delete(index, 1);
}

/** A field's choice if it is one of `allowed`, else null: foreign values read as unset. */
export function readChoice<T extends string>(row: SharedRow, field: string, allowed: readonly T[]): T | null {
  const value = row.get(field);
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** A row's id, text fields, and links as plain data. */
export function readRowBase(row: SharedRow, textFields: readonly string[]) {
  const id = row.get('id');
  const texts: Record<string, string> = {};
  for (const field of textFields) {
    const value = row.get(field);
    texts[field] = value instanceof Y.Text ? value.toString() : '';
  }
  const links = row.get(LINKS_KEY);
  const recommendationKeys = links instanceof Y.Array ? links.toArray().filter((k): k is string => typeof k === 'string') : [];
  return { id: typeof id === 'string' ? id : '', texts, recommendationKeys };
}
