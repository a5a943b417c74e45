/** Recommendations grouped by the clusters the room defines. */
import type { ClusterData, RecommendationData } from '../../../../shared/recommendations.js';

/** One group of the table: a cluster, or null for recommendations in none. */
export interface ClusterGroup {
  cluster: ClusterData | null;
  recommendations: RecommendationData[];
}

/**
 * Groups in the clusters' order, then the unclustered; empty clusters are kept so the room sees
 * them. A recommendation naming a cluster that no longer exists counts as unclustered.
 */
export function groupByCluster(recommendations: readonly RecommendationData[], clusters: readonly ClusterData[]): ClusterGroup[] {
  const byId = new Map(clusters.map((cluster) => [cluster.id, [] as RecommendationData[]]));
  const none: RecommendationData[] = [];
  for (const recommendation of recommendations) {
    const group = recommendation.clusterId ? byId.get(recommendation.clusterId) : undefined;
    (group ?? none).push(recommendation);
  }
  const groups: ClusterGroup[] = clusters.map((cluster) => ({ cluster, recommendations: byId.get(cluster.id) ?? [] }));
  if (none.length > 0) groups.push({ cluster: null, recommendations: none });
  return groups;
}
