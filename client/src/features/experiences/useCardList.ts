/** The cards' ids and years, re-rendering only when those change (not on every keystroke). */
import type * as Y from 'yjs';
import { cardsOf, cardYear, type ExperienceCard } from '../../../../shared/experiences.js';
import { deepChanges, sameItems, type SnapshotSpec } from '../../infra/collab/SnapshotStore.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';

/** What the list needs to lay out cards; the text fields subscribe to their own Y.Text. */
export interface CardListEntry {
  id: string;
  year: number | null;
  card: ExperienceCard;
}

const idOf = (card: ExperienceCard) => {
  const id = card.get('id');
  return typeof id === 'string' ? id : '';
};

const cardList: SnapshotSpec<Y.Doc, CardListEntry[]> = {
  watch: deepChanges(cardsOf),
  read: (doc) =>
    cardsOf(doc)
      .toArray()
      .map((card) => ({ id: idOf(card), year: cardYear(card), card }))
      .filter((entry) => entry.id !== ''),
  same: sameItems((a, b) => a.id === b.id && a.year === b.year && a.card === b.card),
};

/** The card list of a section document. */
export function useCardList(doc: Y.Doc): CardListEntry[] {
  return useYjsSnapshot(doc, cardList);
}
