/** Every card as plain data, live: for read-only views that show all text. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { cardsOf, readCards, type ExperienceCardData } from '../../../shared/experiences.js';

/** Re-reads the cards after each change to the section; one snapshot per change. */
export function useCardsData(doc: Y.Doc): ExperienceCardData[] {
  const snapshot = useRef<ExperienceCardData[]>(readCards(doc));
  const subscribe = useCallback(
    (notify: () => void) => {
      const cards = cardsOf(doc);
      const handleChange = () => {
        snapshot.current = readCards(doc);
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
