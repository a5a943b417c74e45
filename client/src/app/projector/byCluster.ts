/** Plan rows and strategy activities in the room's cluster order: pure, so it is tested without a browser. */
import type { ClusterData } from '../../../../shared/recommendations.js';

interface Linked {
  recommendationKeys: string[];
  clusterId?: string | null;
}

/** A row's cluster: its own, else the first of its recommendations' that has one; null for none. */
export function clusterOfRow(row: Linked, clusterOfRecommendation: ReadonlyMap<string, string | null>): string | null {
  if (row.clusterId) return row.clusterId;
  for (const key of row.recommendationKeys) {
    const cluster = clusterOfRecommendation.get(key);
    if (cluster) return cluster;
  }
  return null;
}

/** The rows cluster by cluster (in the clusters' order), rows without a cluster last; the order within a cluster is kept. */
export function sortByCluster<T extends Linked>(rows: readonly T[], clusters: readonly ClusterData[], clusterOfRecommendation: ReadonlyMap<string, string | null>): T[] {
  const rank = new Map(clusters.map((cluster, i) => [cluster.id, i]));
  const place = (row: T) => rank.get(clusterOfRow(row, clusterOfRecommendation) ?? '') ?? clusters.length;
  return rows
    .map((row, i) => ({ row, i, place: place(row) }))
    .sort((a, b) => a.place - b.place || a.i - b.i)
    .map(({ row }) => row);
}
