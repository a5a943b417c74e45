/**
 * A document rebuilt from the store: its snapshot, then its updates in order. The one replay
 * for the rooms and the exports, so both see the same document.
 *
 * A log written before the server applied each update before storing it may hold one that Yjs
 * cannot apply. Such an update is moved into the store's quarantine (logged once, as a
 * warning) and the document is rebuilt without it, so one bad frame cannot make a section,
 * its exports or a restart fail for good.
 */
import * as Y from 'yjs';
import { describeError, log } from '../logger.js';
import type { Store, StoredUpdate } from '../storage/Store.js';
import { dropWaiting } from './applyUpdate.js';

export interface ReplayedDocument {
  doc: Y.Doc;
  /** Sequence number of the last update the store holds for the document; 0 when empty. */
  lastSeq: number;
  /** Updates stored since the snapshot (what a compaction would fold in). */
  updateCount: number;
}

/** Loads `documentName` into a fresh Y.Doc; the caller destroys it. */
export async function replayDocument(store: Store, documentName: string): Promise<ReplayedDocument> {
  const stored = await store.loadDocument(documentName);
  let updates = stored.updates;
  for (;;) {
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    dropWaiting(doc);
    const failure = applyAll(doc, updates);
    if (!failure) return { doc, lastSeq: stored.lastSeq, updateCount: updates.length };
    doc.destroy();
    const reason = describeError(failure.error);
    await store.quarantineUpdate(documentName, failure.update.seq, reason);
    log.warn('document.update_quarantined', { document: documentName, seq: failure.update.seq, reason });
    updates = updates.filter((update) => update !== failure.update);
  }
}

/**
 * Applies each update in its own transaction, so the one that throws is known, and sets aside
 * what waits after each as the live room does (a log written by an older version may hold
 * structs whose dependencies nobody sent): Yjs would otherwise retry them inside a later update.
 */
function applyAll(doc: Y.Doc, updates: StoredUpdate[]): { update: StoredUpdate; error: unknown } | null {
  for (const update of updates) {
    try {
      Y.applyUpdate(doc, update.data);
    } catch (error) {
      return { update, error };
    }
    dropWaiting(doc);
  }
  return null;
}
