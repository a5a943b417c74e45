/**
 * Applying one Yjs update to the server's document, and telling what of it to store.
 *
 * An update that decodes can still throw inside `Y.applyUpdate` (a deletion of zero length, a
 * struct whose origin lies in a gap): Yjs then stops half way, so the document may hold part
 * of it. Callers treat a throw as "this document is damaged" and rebuild it from the store.
 *
 * The server never keeps what waits for content it lacks (Yjs's pending structs and
 * deletions). Kept, it would be stored, relayed and re-sent by every client's sync answer, and
 * a document's full state with it merged in may not apply to a fresh document. Its sender is
 * asked for what is missing instead, and sends it all again with the missing part.
 */
import * as Y from 'yjs';

export interface Applied {
  /**
   * What to store and relay: the update as sent, or only what the document took in of it when
   * part of it waited; null when it added nothing.
   */
  stored: Uint8Array | null;
  /** Part of it depends on content the document lacks; that part was set aside. */
  incomplete: boolean;
}

/** Applies `update` in its own transaction. Throws what Yjs throws. */
export function applyUpdate(doc: Y.Doc, update: Uint8Array): Applied {
  let transaction: Y.Transaction | null = null;
  doc.transact((tr) => {
    transaction = tr;
    Y.applyUpdate(doc, update);
  });
  const { beforeState, afterState, deleteSet } = transaction!;
  const changed = deleteSet.clients.size > 0 || !sameClocks(beforeState, afterState);
  const incomplete = dropWaiting(doc);
  if (!changed) return { stored: null, incomplete };
  // Rare (a reconnect race, an edit typed after one a lock refused): encode what was taken in.
  return { stored: incomplete ? Y.encodeStateAsUpdate(doc, Y.encodeStateVector(beforeState)) : update, incomplete };
}

/** Sets aside what waits in `doc` for content it lacks; true when there was any. */
export function dropWaiting(doc: Y.Doc): boolean {
  const waiting = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return waiting;
}

function sameClocks(a: Map<number, number>, b: Map<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [client, clock] of a) if (b.get(client) !== clock) return false;
  return true;
}
