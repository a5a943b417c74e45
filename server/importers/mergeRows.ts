/**
 * Rows to recommendations. Exports list one recommendation on several rows (UPR Info: one row
 * per recommending state) and the same paragraph can appear twice; rows of one recommendation
 * are merged, their states and themes joined in the order they appear.
 */
import type { ImportIssue } from '../../shared/recommendationImport.js';
import { type ImportedRecommendation, normaliseRecommendationText } from '../../shared/recommendations.js';

/** A recommendation read from one row. */
export interface RowRecommendation {
  row: number;
  recommendation: ImportedRecommendation;
}

const LIST_FIELDS = ['recommendingStates', 'themes', 'affectedGroups', 'sdgTargets'] as const;

/** Merges rows of the same recommendation (same paragraph, else same text); notes conflicts in `warnings`. */
export function mergeRows(rows: RowRecommendation[], warnings: ImportIssue[]): ImportedRecommendation[] {
  const groups = new Map<string, { first: RowRecommendation; merged: ImportedRecommendation }>();
  for (const current of rows) {
    const { row, recommendation } = current;
    let key = groupKey(recommendation.ref, recommendation.text);
    const existing = groups.get(key);
    if (existing && recommendation.ref && sameText(existing.merged, recommendation) === false) {
      warnings.push({
        row,
        column: null,
        message: `paragraph ${recommendation.ref} is also on row ${existing.first.row} with a different text (a spreadsheet may have turned 84.10 into 84.1); this row was imported without its paragraph number`,
      });
      recommendation.ref = null;
      key = groupKey(null, recommendation.text);
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: current, merged: { ...recommendation } });
      continue;
    }
    for (const field of LIST_FIELDS) group.merged[field] = union(group.merged[field], recommendation[field]);
    if (group.merged.response === 'pending') group.merged.response = recommendation.response;
    else if (recommendation.response !== 'pending' && recommendation.response !== group.merged.response) {
      warnings.push({ row, column: null, message: `this row gives the response "${recommendation.response}" for the recommendation of row ${group.first.row}, which says "${group.merged.response}"; the first was kept` });
    }
  }
  return [...groups.values()].map((group) => group.merged);
}

function groupKey(ref: string | null, text: string): string {
  return ref ? `ref\n${ref}` : `text\n${normaliseRecommendationText(text)}`;
}

function sameText(a: ImportedRecommendation, b: ImportedRecommendation): boolean {
  return normaliseRecommendationText(a.text) === normaliseRecommendationText(b.text);
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
