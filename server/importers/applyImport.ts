/**
 * Merges imported recommendations into a Recommendations document. Only the `imported` map of
 * each entry is written, and only the fields whose value changed, so importing the same file
 * twice produces no Yjs update at all and participants' fields are never touched.
 */
import * as Y from 'yjs';
import {
  IMPORTED_FIELDS,
  type ImportedRecommendation,
  type RecommendationEntry,
  importedOf,
  newEntry,
  normaliseRecommendationText,
  recommendationKey,
  recommendationsOf,
} from '../../shared/recommendations.js';

/** What a merge did, per recommendation of the file. */
export interface MergeCounts {
  imported: number;
  updated: number;
  unchanged: number;
}

/** Writes `recommendations` into `doc` (one Yjs transaction is the caller's). */
export function applyImport(doc: Y.Doc, recommendations: ImportedRecommendation[]): MergeCounts {
  const entries = recommendationsOf(doc);
  const byText = keysByText(doc);
  const counts: MergeCounts = { imported: 0, updated: 0, unchanged: 0 };
  for (const recommendation of recommendations) {
    const key = existingKey(recommendation, entries, byText) ?? recommendationKey(recommendation.review, recommendation.ref, recommendation.text);
    let entry = entries.get(key);
    if (!entry) {
      entry = newEntry();
      entries.set(key, entry);
      counts.imported++;
      writeFields(importedOf(entry), recommendation);
      continue;
    }
    counts[writeFields(importedOf(entry), recommendation) ? 'updated' : 'unchanged']++;
  }
  return counts;
}

/**
 * The entry this recommendation already has: by paragraph, else by its text (the same report
 * imported from another source that gives no paragraph, or a paragraph now given).
 */
function existingKey(recommendation: ImportedRecommendation, entries: Y.Map<RecommendationEntry>, byText: Map<string, string>): string | null {
  const { review, ref, text } = recommendation;
  if (ref && entries.has(recommendationKey(review, ref, text))) return recommendationKey(review, ref, text);
  const textKey = recommendationKey(review, null, text);
  if (entries.has(textKey)) return textKey;
  return byText.get(`${review}\n${normaliseRecommendationText(text)}`) ?? null;
}

function keysByText(doc: Y.Doc): Map<string, string> {
  const index = new Map<string, string>();
  for (const [key, entry] of recommendationsOf(doc).entries()) {
    const imported = entry.get('imported');
    if (!(imported instanceof Y.Map)) continue;
    const text: unknown = imported.get('text');
    const review: unknown = imported.get('review');
    if (typeof text === 'string') index.set(`${String(review)}\n${normaliseRecommendationText(text)}`, key);
  }
  return index;
}

/** Sets the fields whose value differs; true when any did. */
function writeFields(imported: Y.Map<unknown>, recommendation: ImportedRecommendation): boolean {
  let changed = false;
  for (const field of IMPORTED_FIELDS) {
    const value = recommendation[field];
    if (JSON.stringify(imported.get(field)) === JSON.stringify(value)) continue;
    imported.set(field, value);
    changed = true;
  }
  return changed;
}
