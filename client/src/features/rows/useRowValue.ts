/** One plain field of a shared row (a choice or a date), live. */
import * as Y from 'yjs';
import type { SharedRow } from '../../../../shared/sharedRows.js';
import { deepChanges, shallowChanges } from '../../infra/collab/SnapshotStore.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';

const itself = (row: SharedRow) => row;
const ownKeyChanges = shallowChanges(itself);
const anyChanges = deepChanges(itself);

/** Re-renders when the row's own keys change, not when its texts do; `read` must be stable (module level). */
export function useRowValue<T>(row: SharedRow, read: (row: SharedRow) => T): T {
  return useYjsSnapshot(row, { watch: ownKeyChanges, read });
}

const readLinkKeys = (row: SharedRow): string => {
  const links = row.get('recommendationKeys');
  return links instanceof Y.Array ? links.toArray().filter((key): key is string => typeof key === 'string').join('\n') : '';
};

/** The row's linked recommendation keys, live, joined by new lines: a string is a stable snapshot where an array would not be. */
export function useRowLinkKeys(row: SharedRow): string {
  return useYjsSnapshot(row, { watch: anyChanges, read: readLinkKeys });
}
