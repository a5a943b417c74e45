/** Every card as plain data, live: for read-only views that show all text. */
import type * as Y from 'yjs';
import { cardsOf, type ExperienceCardData, readCards } from '../../../../shared/experiences.js';
import { deepChanges, type SnapshotSpec } from '../../infra/collab/SnapshotStore.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';

const cardsData: SnapshotSpec<Y.Doc, ExperienceCardData[]> = { watch: deepChanges(cardsOf), read: readCards };

/** Re-reads the cards after each change to the section. */
export function useCardsData(doc: Y.Doc): ExperienceCardData[] {
  return useYjsSnapshot(doc, cardsData);
}
