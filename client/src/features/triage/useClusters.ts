/** The room's clusters, live. */
import type * as Y from 'yjs';
import { readClusters } from '../../../../shared/readRecommendations.js';
import { type ClusterData, clustersOf } from '../../../../shared/recommendations.js';
import { deepChanges, sameItems, type SnapshotSpec } from '../../infra/collab/SnapshotStore.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';

const clusters: SnapshotSpec<Y.Doc, ClusterData[]> = {
  watch: deepChanges(clustersOf),
  read: readClusters,
  same: sameItems((a, b) => a.id === b.id && a.title === b.title),
};

/** Every cluster by title; a new array only when one is added, renamed or removed. */
export function useClusters(doc: Y.Doc): ClusterData[] {
  return useYjsSnapshot(doc, clusters);
}
