/**
 * "Who is editing which row", over Yjs awareness: each client sets `editing: { section, rowId }`
 * while a field of a row has focus; the server stamps `user` with the real name, so a badge
 * never shows a name someone typed for themselves.
 */
import type { Awareness } from 'y-protocols/awareness';

/** The local awareness field a row editor sets. */
export interface EditingField {
  section: string;
  rowId: string;
}

/** Says which row this client edits, or none. */
export function setEditing(awareness: Awareness, editing: EditingField | null): void {
  awareness.setLocalStateField('editing', editing);
}

/** Names of the others editing each row of `section` (the reader's own client left out). */
export function editorsByRow(states: ReadonlyMap<number, Record<string, unknown>>, ownClientId: number, section: string): Map<string, string[]> {
  const editors = new Map<string, string[]>();
  for (const [clientId, state] of states) {
    if (clientId === ownClientId) continue;
    const editing = state.editing as Partial<EditingField> | null | undefined;
    if (!editing || editing.section !== section || typeof editing.rowId !== 'string') continue;
    const user = state.user as { name?: unknown } | undefined;
    const name = typeof user?.name === 'string' && user.name ? user.name : '?';
    const names = editors.get(editing.rowId) ?? [];
    if (!names.includes(name)) names.push(name);
    editors.set(editing.rowId, names);
  }
  return editors;
}
