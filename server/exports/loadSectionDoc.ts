/**
 * A section's document as stored, for exporters. Read from the store, not from a room: the
 * store always holds at least what anyone has seen (rooms store before they relay), and an
 * export then loads no room and keeps nothing in memory.
 */
import type * as Y from 'yjs';
import { documentName, type Section } from '../../shared/sections.js';
import { replayDocument } from '../collaboration/replayDocument.js';
import type { Store } from '../storage/Store.js';

/** A fresh Y.Doc with the stored snapshot and updates of one section; the caller destroys it. */
export async function loadSectionDoc(store: Store, workshopId: string, section: Section): Promise<Y.Doc> {
  return (await replayDocument(store, documentName(workshopId, section))).doc;
}
