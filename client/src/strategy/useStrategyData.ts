/** Every activity as plain data, live: for the timeline, which shows all of them read-only. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { rowsOf } from '../../../shared/sharedRows.js';
import { readStrategy, type StrategyRowData } from '../../../shared/strategy.js';

/** Re-read on each change; mounted only while the timeline is shown. */
export function useStrategyData(doc: Y.Doc): StrategyRowData[] {
  const snapshot = useRef<StrategyRowData[]>(readStrategy(doc));
  const subscribe = useCallback(
    (notify: () => void) => {
      const rows = rowsOf(doc);
      const handleChange = () => {
        snapshot.current = readStrategy(doc);
        notify();
      };
      rows.observeDeep(handleChange);
      handleChange();
      return () => rows.unobserveDeep(handleChange);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => snapshot.current);
}
