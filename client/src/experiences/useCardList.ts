/** The cards' ids and years, re-rendering only when those change (not on every keystroke). */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { cardsOf, cardYear, type ExperienceCard } from '../../../shared/experiences.js';

/** What the list needs to lay out cards; the text fields subscribe to their own Y.Text. */
export interface CardListEntry {
  id: string;
  year: number | null;
  card: ExperienceCard;
}

function readEntries(doc: Y.Doc): CardListEntry[] {
  return cardsOf(doc)
    .toArray()
    .map((card) => ({ id: String(card.get('id') ?? ''), year: cardYear(card), card }))
    .filter((entry) => entry.id !== '');
}

const sameEntries = (a: CardListEntry[], b: CardListEntry[]) =>
  a.length === b.length && a.every((entry, i) => entry.id === b[i]?.id && entry.year === b[i]?.year && entry.card === b[i]?.card);

/** The card list of a section document. */
export function useCardList(doc: Y.Doc): CardListEntry[] {
  const snapshot = useRef<CardListEntry[]>(readEntries(doc));
  const subscribe = useCallback(
    (notify: () => void) => {
      const cards = cardsOf(doc);
      const handleChange = () => {
        const next = readEntries(doc);
        if (sameEntries(next, snapshot.current)) return;
        snapshot.current = next;
        notify();
      };
      cards.observeDeep(handleChange);
      handleChange();
      return () => cards.unobserveDeep(handleChange);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => snapshot.current);
}
