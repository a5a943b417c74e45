/** One plain field of a shared row (a choice or a date), live. */
import { useCallback, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { SharedRow } from '../../../shared/sharedRows.js';

/** Re-renders when the row's own keys change, not when its texts do. */
export function useRowValue<T>(row: SharedRow, read: (row: SharedRow) => T): T {
  const subscribe = useCallback(
    (notify: () => void) => {
      row.observe(notify);
      return () => row.unobserve(notify);
    },
    [row],
  );
  return useSyncExternalStore(subscribe, () => read(row));
}

/** The row's linked recommendation keys, live, joined by new lines: a string is a stable snapshot where an array would not be. */
export function useRowLinkKeys(row: SharedRow): string {
  const subscribe = useCallback(
    (notify: () => void) => {
      row.observeDeep(notify);
      return () => row.unobserveDeep(notify);
    },
    [row],
  );
  return useSyncExternalStore(subscribe, () => {
    const links = row.get('recommendationKeys');
    return links instanceof Y.Array ? links.toArray().filter((key): key is string => typeof key === 'string').join('\n') : '';
  });
}
