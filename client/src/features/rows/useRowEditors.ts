/** The others editing each row of a section, live from awareness. */
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { awarenessOf } from '../../infra/collab/awarenessRegistry.js';
import type { Watch } from '../../infra/collab/SnapshotStore.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';
import { editorsByRow } from './editingAwareness.js';

const EMPTY = new Map<string, string[]>();

const awarenessChanges: Watch<Y.Doc> = (doc, onChange) => {
  const awareness = awarenessOf(doc);
  if (!awareness) return () => undefined;
  awareness.on('change', onChange);
  return () => awareness.off('change', onChange);
};

const sameEditors = (a: Map<string, string[]>, b: Map<string, string[]>) =>
  a.size === b.size && [...a].every(([row, names]) => b.get(row)?.join('\n') === names.join('\n'));

/** Row id → names; a new map only when someone starts or stops editing a row. */
export function useRowEditors(doc: Y.Doc, section: string): Map<string, string[]> {
  const read = useCallback(
    (doc: Y.Doc) => {
      const awareness = awarenessOf(doc);
      if (!awareness) return EMPTY;
      return editorsByRow(awareness.getStates(), awareness.clientID, section);
    },
    [section],
  );
  return useYjsSnapshot(doc, { watch: awarenessChanges, read, same: sameEditors });
}
