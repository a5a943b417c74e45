/** The section's cards as plain data, live: re-read once per change, one snapshot per change. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { cardsOf } from '../../../shared/experiences.js';

/** `read` turns the document into the view's data; it must be a stable function (module level). */
export function useCardsSnapshot<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const snapshot = useRef<T>(read(doc));
  const subscribe = useCallback(
    (notify: () => void) => {
      const cards = cardsOf(doc);
      const handleChange = () => {
        snapshot.current = read(doc);
        notify();
      };
      cards.observeDeep(handleChange);
      handleChange();
      return () => cards.unobserveDeep(handleChange);
    },
    [doc, read],
  );
  return useSyncExternalStore(subscribe, () => snapshot.current);
}
