/** A section's shared rows as plain data, re-read on each change (the screen reads every row anyway). */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { rowsOf } from '../../../../shared/sharedRows.js';

export function useSectionRows<T>(doc: Y.Doc, read: (doc: Y.Doc) => T[]): T[] {
  const snapshot = useRef<T[]>(read(doc));
  const subscribe = useCallback(
    (notify: () => void) => {
      const rows = rowsOf(doc);
      const handleChange = () => {
        snapshot.current = read(doc);
        notify();
      };
      rows.observeDeep(handleChange);
      handleChange();
      return () => rows.unobserveDeep(handleChange);
    },
    [doc, read],
  );
  return useSyncExternalStore(subscribe, () => snapshot.current);
}
