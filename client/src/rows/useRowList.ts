/** The rows of a plan or strategy document: ids and maps, re-rendering only when rows are added or removed. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { rowsOf, type SharedRow } from '../../../shared/sharedRows.js';

export interface RowListEntry {
  id: string;
  row: SharedRow;
}

const readEntries = (doc: Y.Doc): RowListEntry[] =>
  rowsOf(doc)
    .toArray()
    .map((row) => ({ id: String(row.get('id') ?? ''), row }))
    .filter((entry) => entry.id !== '');

const sameEntries = (a: RowListEntry[], b: RowListEntry[]) => a.length === b.length && a.every((entry, i) => entry.row === b[i]?.row);

/** Observes the array only (not deep): typing in a field never re-renders the list. */
export function useRowList(doc: Y.Doc): RowListEntry[] {
  const snapshot = useRef<RowListEntry[]>(readEntries(doc));
  const subscribe = useCallback(
    (notify: () => void) => {
      const rows = rowsOf(doc);
      const handleChange = () => {
        const next = readEntries(doc);
        if (sameEntries(next, snapshot.current)) return;
        snapshot.current = next;
        notify();
      };
      rows.observe(handleChange);
      handleChange();
      return () => rows.unobserve(handleChange);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => snapshot.current);
}
