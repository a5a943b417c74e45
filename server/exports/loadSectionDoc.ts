/**
 * A section's document as stored, for exporters. Read from the store, not from a room: the
 * store always holds at least what anyone has seen (rooms store before they relay), and an
 * export then loads no room and keeps nothing in memory.
 */
import * as Y from 'yjs';
import { documentName, type Section } from '../../shared/sections.js';
import type { Store } from '../storage/Store.js';

/** A fresh Y.Doc with the stored snapshot and updates of one section; the caller destroys it. */
export async function loadSectionDoc(store: Store, workshopId: string, section: Section): Promise<Y.Doc> {
  const stored = await store.loadDocument(documentName(workshopId, section));
  const doc = new Y.Doc();
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}
