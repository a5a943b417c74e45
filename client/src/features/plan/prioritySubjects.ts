/** What a plan row can be about: the room's priority recommendations and its clusters. */
import type { ClusterData, RecommendationData } from '../../../../shared/recommendations.js';

/** A choice of the "add a plan row" menu: `rec:<key>` or `cluster:<id>`. */
export interface PlanSubject {
  value: string;
  recommendationKeys: string[];
  clusterId: string | null;
}

/** Clusters first (they gather several), then high-priority, then medium-priority recommendations of the current review. */
export function planSubjects(recommendations: readonly RecommendationData[], clusters: readonly ClusterData[]): PlanSubject[] {
  const current = recommendations.filter((r) => r.review === 'current');
  const byPriority = (priority: 'high' | 'medium') => current.filter((r) => r.priority === priority);
  return [
    ...clusters.map((cluster) => ({
      value: `cluster:${cluster.id}`,
      recommendationKeys: current.filter((r) => r.clusterId === cluster.id).map((r) => r.key),
      clusterId: cluster.id,
    })),
    ...[...byPriority('high'), ...byPriority('medium')].map((r) => ({ value: `rec:${r.key}`, recommendationKeys: [r.key], clusterId: null })),
  ];
}
