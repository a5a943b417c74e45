/** What the plan's and the strategy's screens need of the recommendations: labels and clusters, opened read-only. */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { ClusterData, RecommendationData } from '../../../../shared/recommendations.js';
import { clusterOfRow } from './byCluster.js';
import { useClusters } from '../../features/triage/useClusters.js';
import { useRecommendationRows } from '../../features/triage/useRecommendationRows.js';
// Words that load with this screen, not with the first visit.
import './screenCatalogue.js';

export interface RoomRecommendations {
  clusters: ClusterData[];
  byKey: ReadonlyMap<string, RecommendationData>;
  clusterOf: ReadonlyMap<string, string | null>;
}

export function useRoomRecommendations(doc: Y.Doc): RoomRecommendations {
  const rows = useRecommendationRows(doc);
  const clusters = useClusters(doc);
  return useMemo(
    () => ({ clusters, byKey: new Map(rows.map((r) => [r.key, r])), clusterOf: new Map(rows.map((r) => [r.key, r.clusterId])) }),
    [rows, clusters],
  );
}

/** "Cluster: Torture · Recommendations: 84.6" (its cluster, then its own recommendations), for a row's first line. */
export function subjectLine(
  row: { recommendationKeys: string[]; clusterId?: string | null },
  room: RoomRecommendations,
  t: TFunction,
): string {
  const clusterId = clusterOfRow(row, room.clusterOf);
  const cluster = clusterId ? room.clusters.find((c) => c.id === clusterId) : undefined;
  const refs = row.clusterId ? [] : row.recommendationKeys.map((key) => room.byKey.get(key)?.ref ?? key);
  return [cluster && t('plan.cluster', { title: cluster.title }), refs.length > 0 && t('screen.recommendations', { refs: refs.join(', ') })]
    .filter(Boolean)
    .join(' · ');
}
