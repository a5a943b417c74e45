/** The rows of a plan or strategy document: ids and maps, re-rendering only when rows are added or removed. */
import type * as Y from 'yjs';
import { rowsOf, type SharedRow } from '../../../../shared/sharedRows.js';
import { sameItems, shallowChanges, type SnapshotSpec } from '../../infra/collab/SnapshotStore.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';

export interface RowListEntry {
  id: string;
  row: SharedRow;
}

const idOf = (row: SharedRow) => {
  const id = row.get('id');
  return typeof id === 'string' ? id : '';
};

/** Observes the array only (not deep): typing in a field never re-renders the list. */
const rowList: SnapshotSpec<Y.Doc, RowListEntry[]> = {
  watch: shallowChanges(rowsOf),
  read: (doc) =>
    rowsOf(doc)
      .toArray()
      .map((row) => ({ id: idOf(row), row }))
      .filter((entry) => entry.id !== ''),
  same: sameItems((a, b) => a.row === b.row),
};

/** The row list of a plan or strategy document. */
export function useRowList(doc: Y.Doc): RowListEntry[] {
  return useYjsSnapshot(doc, rowList);
}
