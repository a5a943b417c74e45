/** Every card with its follow-up fields as plain data, live: for the board, timeline and browser. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readCardFollowUp } from '../../../shared/experienceFollowUp.js';
import { cardsOf, readCard } from '../../../shared/experiences.js';
import type { CardWithFollowUp } from './experienceGroups.js';

const readAll = (doc: Y.Doc): CardWithFollowUp[] => cardsOf(doc).toArray().map((card) => ({ ...readCard(card), ...readCardFollowUp(card) }));

/** Re-read on each change; mounted only while an overview is shown. */
export function useCardsWithFollowUp(doc: Y.Doc): CardWithFollowUp[] {
  const snapshot = useRef<CardWithFollowUp[]>(readAll(doc));
  const subscribe = useCallback(
    (notify: () => void) => {
      const cards = cardsOf(doc);
      const handleChange = () => {
        snapshot.current = readAll(doc);
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
