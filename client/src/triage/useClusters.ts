/** The room's clusters, live. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readClusters } from '../../../shared/readRecommendations.js';
import { type ClusterData, clustersOf } from '../../../shared/recommendations.js';

const sameClusters = (a: ClusterData[], b: ClusterData[]) =>
  a.length === b.length && a.every((cluster, i) => cluster.id === b[i]?.id && cluster.title === b[i]?.title);

/** Every cluster by title; a new array only when one is added, renamed or removed. */
export function useClusters(doc: Y.Doc): ClusterData[] {
  const snapshot = useRef<ClusterData[]>(readClusters(doc));
  const subscribe = useCallback(
    (notify: () => void) => {
      const clusters = clustersOf(doc);
      const handleChange = () => {
        const next = readClusters(doc);
        if (sameClusters(next, snapshot.current)) return;
        snapshot.current = next;
        notify();
      };
      clusters.observeDeep(handleChange);
      handleChange();
      return () => clusters.unobserveDeep(handleChange);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => snapshot.current);
}
