/** Every card with its follow-up fields as plain data, live: for the board, timeline and browser. */
import type * as Y from 'yjs';
import { readCardFollowUp } from '../../../../shared/experienceFollowUp.js';
import { cardsOf, readCard } from '../../../../shared/experiences.js';
import { deepChanges, type SnapshotSpec } from '../../infra/collab/SnapshotStore.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';
import type { CardWithFollowUp } from './experienceGroups.js';

const cardsWithFollowUp: SnapshotSpec<Y.Doc, CardWithFollowUp[]> = {
  watch: deepChanges(cardsOf),
  read: (doc) => cardsOf(doc).toArray().map((card) => ({ ...readCard(card), ...readCardFollowUp(card) })),
};

/** Mounted only while an overview is shown. */
export function useCardsWithFollowUp(doc: Y.Doc): CardWithFollowUp[] {
  return useYjsSnapshot(doc, cardsWithFollowUp);
}
