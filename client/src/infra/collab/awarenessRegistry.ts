/**
 * The awareness of each open section document. Views receive only the document; this lets a
 * panel say "I am editing row X" without threading the provider through every view.
 */
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

const awarenessByDoc = new WeakMap<Y.Doc, Awareness>();

/** Records the awareness the provider of `doc` syncs. */
export function registerAwareness(doc: Y.Doc, awareness: Awareness): void {
  awarenessByDoc.set(doc, awareness);
}

/** The awareness synced with `doc`, or null when the document is not connected. */
export function awarenessOf(doc: Y.Doc): Awareness | null {
  return awarenessByDoc.get(doc) ?? null;
}
