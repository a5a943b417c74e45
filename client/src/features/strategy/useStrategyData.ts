/** Every activity as plain data, live: for the timeline, which shows all of them read-only. */
import type * as Y from 'yjs';
import { rowsOf } from '../../../../shared/sharedRows.js';
import { readStrategy, type StrategyRowData } from '../../../../shared/strategy.js';
import { deepChanges, type SnapshotSpec } from '../../infra/collab/SnapshotStore.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';

const strategyData: SnapshotSpec<Y.Doc, StrategyRowData[]> = { watch: deepChanges(rowsOf), read: readStrategy };

/** Re-read on each change; mounted only while the timeline is shown. */
export function useStrategyData(doc: Y.Doc): StrategyRowData[] {
  return useYjsSnapshot(doc, strategyData);
}
