/**
 * Applying one Yjs update to a document, and telling whether it changed anything.
 *
 * An update that decodes can still throw inside `Y.applyUpdate` (a deletion of zero length, a
 * struct whose origin lies in a gap): Yjs then stops half way, so the document may hold part
 * of it. Callers treat a throw as "this document is damaged" and rebuild it from the store.
 */
import * as Y from 'yjs';

export interface Applied {
  /** It added content, a deletion, or something that waits for its dependencies. */
  changed: boolean;
  /** It changed what waits in the document for content the document lacks. */
  changedPending: boolean;
}

/**
 * Applies `update` in its own transaction and tells what it changed. An update whose every
 * struct and deletion the document already holds, pending ones included, changes nothing.
 * Throws what Yjs throws.
 */
export function applyUpdate(doc: Y.Doc, update: Uint8Array): Applied {
  const pendingBefore = pendingOf(doc);
  let transaction: Y.Transaction | null = null;
  doc.transact((tr) => {
    transaction = tr;
    Y.applyUpdate(doc, update);
  });
  const { beforeState, afterState, deleteSet } = transaction!;
  const changedPending = !samePending(pendingBefore, pendingOf(doc));
  const changed = changedPending || deleteSet.clients.size > 0 || !sameClocks(beforeState, afterState);
  return { changed, changedPending };
}

/** True when the document holds structs or deletions that wait for content it lacks. */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

function sameClocks(a: Map<number, number>, b: Map<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [client, clock] of a) if (b.get(client) !== clock) return false;
  return true;
}

type Pending = [Uint8Array | null, Uint8Array | null];

const pendingOf = (doc: Y.Doc): Pending => [doc.store.pendingStructs?.update ?? null, doc.store.pendingDs];

function samePending(a: Pending, b: Pending): boolean {
  return sameBytes(a[0], b[0]) && sameBytes(a[1], b[1]);
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === b) return true;
  return a !== null && b !== null && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
