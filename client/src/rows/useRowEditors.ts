/** The others editing each row of a section, live from awareness. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { awarenessOf } from '../collab/awarenessRegistry.js';
import { editorsByRow } from './editingAwareness.js';

const EMPTY = new Map<string, string[]>();
const sameEditors = (a: Map<string, string[]>, b: Map<string, string[]>) =>
  a.size === b.size && [...a].every(([row, names]) => b.get(row)?.join('\n') === names.join('\n'));

/** Row id → names; a new map only when someone starts or stops editing a row. */
export function useRowEditors(doc: Y.Doc, section: string): Map<string, string[]> {
  const snapshot = useRef<Map<string, string[]>>(EMPTY);
  const subscribe = useCallback(
    (notify: () => void) => {
      const awareness = awarenessOf(doc);
      if (!awareness) return () => undefined;
      const handleChange = () => {
        const next = editorsByRow(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID, section);
        if (sameEditors(next, snapshot.current)) return;
        snapshot.current = next;
        notify();
      };
      awareness.on('change', handleChange);
      handleChange();
      return () => awareness.off('change', handleChange);
    },
    [doc, section],
  );
  return useSyncExternalStore(subscribe, () => snapshot.current);
}
