/**
 * The OHCHR matrix of implementation: one row per recommendation of the current review with its
 * position, its theme cluster and the "assessment/comments on level of implementation" — the
 * latest rating with its date, evidence and sources, then the latest assessment of each plan
 * action serving it. A recommendation nobody assessed says so.
 */
import { recommendationLabel, planActionLine } from '../../../shared/midTermReport.js';
import { reportWords } from '../../../shared/midTermReportWords.js';
import { latestAssessments, targetKey, type TrackingBoard } from '../../../shared/tracking.js';
import type { WorkshopLanguage } from '../../../shared/workshopLanguage.js';
import { list, type Table } from '../table.js';

export function ohchrMatrix(board: TrackingBoard, language: WorkshopLanguage): Table {
  const words = reportWords(language);
  const latest = latestAssessments(board.assessments);
  const rows = board.recommendations.map((r) => {
    const a = latest.get(targetKey({ kind: 'recommendation', id: r.key }));
    const own = a
      ? [`${words.rating[a.rating]} (${a.assessedOn}).`, a.evidence.trim(), `${words.sources}: ${a.source.trim()}`, a.nextCycle.trim() ? `${words.nextCycle}: ${a.nextCycle.trim()}` : '']
      : [words.unassessed];
    const actions = board.planRows.flatMap((row) => {
      const rowAssessment = row.recommendationKeys.includes(r.key) ? latest.get(targetKey({ kind: 'planRow', id: row.id })) : undefined;
      return rowAssessment ? [planActionLine(row.title, rowAssessment, words)] : [];
    });
    return [
      `${recommendationLabel(r)}: ${r.text}`,
      words.position[r.response],
      r.clusterTitle ?? list(r.themes),
      [...own, ...actions].filter((line) => line !== '').join('\n'),
    ];
  });
  const { matrix } = words;
  return { header: [matrix.recommendation, matrix.position, matrix.theme, matrix.assessment], rows };
}
