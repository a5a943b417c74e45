/**
 * The implementation plan in the matrix layout of UPR follow-up: one row per plan row, with the
 * recommendations it serves (directly or through its cluster), then every recommendation of the
 * current review that has no plan row yet, so the matrix shows what is still open. The previous
 * review is the experiences' business: its recommendations appear only where a row links one.
 * Codes the app keeps (`supported`, `high`, `ongoing`) are written as words of `language`.
 */
import { PLAN_TEXT_FIELDS, type PlanRowData } from '../../shared/plan.js';
import type { RecordRecommendation, WorkshopRecordFile } from '../../shared/record.js';
import { effectiveThemes, uniqueThemes } from '../../shared/themeTags.js';
import { planWords, type ExportLanguage, type PlanWords } from './planWords.js';
import { list, type Table } from './table.js';

/** The columns, in order: the recommendation, then every field of a plan row, then its status. */
export function planHeader(words: PlanWords): string[] {
  const { header } = words;
  return [
    header.recommendation, header.review, header.text, header.states, header.position, header.themes, header.priority, header.cluster,
    ...PLAN_TEXT_FIELDS.map((field) => header[field]),
    header.status,
  ];
}

type PlanRecord = Pick<WorkshopRecordFile, 'recommendations' | 'clusters' | 'planRows'>;

/**
 * The plan matrix of a cluster (by id), or of the whole plan when `clusterId` is undefined.
 * Themes are the effective ones: the import's and those participants tagged in the triage.
 */
export function planMatrix(record: PlanRecord, options: { clusterId?: string; language?: ExportLanguage } = {}): Table {
  const { clusterId } = options;
  const words = planWords(options.language ?? 'en');
  const byKey = new Map(record.recommendations.map((r) => [r.key, r]));
  const clusterTitle = (id: string | null) => (id ? (record.clusters.find((c) => c.id === id)?.title ?? '') : '');
  const served = (row: PlanRowData): RecordRecommendation[] => {
    const keys = new Set(row.recommendationKeys);
    if (row.clusterId) for (const r of record.recommendations) if (r.clusterId === row.clusterId) keys.add(r.key);
    return [...keys].flatMap((key) => byKey.get(key) ?? []);
  };
  const inCluster = (row: PlanRowData) => clusterId === undefined || row.clusterId === clusterId || served(row).some((r) => r.clusterId === clusterId);
  const planned = new Set(record.planRows.flatMap((row) => served(row).map((r) => r.key)));
  const distinct = (values: string[]) => list([...new Set(values)]);

  const rows = record.planRows.filter(inCluster).map((row) => {
    const recs = served(row);
    return [
      list(recs.map((r) => r.ref ?? r.key)),
      distinct(recs.map((r) => words.review[r.cycle])),
      recs.map((r) => r.text).join('\n'),
      distinct(recs.flatMap((r) => r.recommendingStates)),
      distinct(recs.map((r) => words.position[r.response])),
      list(uniqueThemes(recs.flatMap(effectiveThemes))),
      distinct(recs.flatMap((r) => (r.priority ? [words.priority[r.priority]] : []))),
      clusterTitle(row.clusterId ?? recs.find((r) => r.clusterId)?.clusterId ?? null),
      ...PLAN_TEXT_FIELDS.map((field) => row[field]),
      words.status[row.status],
    ];
  });
  const open = record.recommendations
    .filter((r) => r.cycle === 'current' && !planned.has(r.key) && (clusterId === undefined || r.clusterId === clusterId))
    .map((r) => [
      r.ref ?? r.key, words.review[r.cycle], r.text, list(r.recommendingStates), words.position[r.response], list(effectiveThemes(r)),
      r.priority ? words.priority[r.priority] : '', clusterTitle(r.clusterId),
      ...PLAN_TEXT_FIELDS.map(() => ''),
      words.noPlanRow,
    ]);
  return { header: planHeader(words), rows: [...rows, ...open] };
}
