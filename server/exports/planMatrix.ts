/**
 * The implementation plan in the matrix layout of UPR follow-up: one row per plan row, with the
 * recommendations it serves (directly or through its cluster), then every recommendation that
 * has no plan row yet, so the matrix shows what is still open.
 */
import type { RecordRecommendation, WorkshopRecordFile } from '../../shared/record.js';
import type { PlanRowData } from '../../shared/plan.js';
import { effectiveThemes, uniqueThemes } from '../../shared/themeTags.js';
import { list, type Table } from './table.js';

export const PLAN_HEADER = [
  'Recommendation', 'Review', 'Recommendation text', 'Recommending states', 'Position', 'Themes', 'Priority', 'Cluster',
  'Proposed actions (government)', 'Proposed actions (civil society)', 'Responsible body', 'Supporting actors', 'CSO lead',
  'CSO partners', 'Timeline', 'Indicators', 'Resources', 'Status',
];

/**
 * The plan matrix of a cluster (by id), or of the whole plan when `clusterId` is undefined.
 * Themes are the effective ones: the import's and those participants tagged in the triage.
 */
export function planMatrix(record: Pick<WorkshopRecordFile, 'recommendations' | 'clusters' | 'planRows'>, clusterId?: string): Table {
  const byKey = new Map(record.recommendations.map((r) => [r.key, r]));
  const clusterTitle = new Map(record.clusters.map((c) => [c.id, c.title]));
  const served = (row: PlanRowData): RecordRecommendation[] => {
    const keys = new Set(row.recommendationKeys);
    if (row.clusterId) for (const r of record.recommendations) if (r.clusterId === row.clusterId) keys.add(r.key);
    return [...keys].flatMap((key) => byKey.get(key) ?? []);
  };
  const inCluster = (row: PlanRowData) => clusterId === undefined || row.clusterId === clusterId || served(row).some((r) => r.clusterId === clusterId);
  const planned = new Set(record.planRows.flatMap((row) => served(row).map((r) => r.key)));
  const rows = record.planRows.filter(inCluster).map((row) => {
    const recs = served(row);
    const cluster = row.clusterId ?? recs.find((r) => r.clusterId)?.clusterId ?? null;
    return [
      list(recs.map((r) => r.ref ?? r.key)), list([...new Set(recs.map((r) => r.cycle))]), recs.map((r) => r.text).join('\n'),
      list([...new Set(recs.flatMap((r) => r.recommendingStates))]), list([...new Set(recs.map((r) => r.response))]),
      list(uniqueThemes(recs.flatMap(effectiveThemes))), list([...new Set(recs.flatMap((r) => r.priority ?? []))]),
      cluster ? (clusterTitle.get(cluster) ?? '') : '',
      row.governmentActions, row.civilSocietyActions, row.responsibleBody, row.supportingActors, row.csoLead, row.csoPartners,
      row.timeline, row.indicators, row.resources, row.status,
    ];
  });
  const open = record.recommendations
    .filter((r) => !planned.has(r.key) && (clusterId === undefined || r.clusterId === clusterId))
    .map((r) => [
      r.ref ?? r.key, r.cycle, r.text, list(r.recommendingStates), r.response, list(effectiveThemes(r)), r.priority ?? '',
      r.clusterId ? (clusterTitle.get(r.clusterId) ?? '') : '', '', '', '', '', '', '', '', '', '', 'no plan row',
    ]);
  return { header: PLAN_HEADER, rows: [...rows, ...open] };
}
