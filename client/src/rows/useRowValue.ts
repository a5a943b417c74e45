/** One plain field of a shared row (a choice or a date), live. */
import { useCallback, useSyncExternalStore } from 'react';
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

/** The row's linked recommendation keys, live (a new array only when they change). */
export function useRowLinkKeys(row: SharedRow): string {
  const subscribe = useCallback(
    (notify: () => void) => {
      row.observeDeep(notify);
      return () => row.unobserveDeep(notify);
    },
    [row],
  );
  // A joined string is a stable snapshot; callers split it.
  return useSyncExternalStore(subscribe, () => {
    const links = row.get('recommendationKeys');
    return links && typeof links === 'object' && 'toArray' in links ? (links as { toArray(): unknown[] }).toArray().filter((k) => typeof k === 'string').join('\n') : '';
  });
}
