/** A short name for a recommendation in labels and charts: its paragraph, else the start of its text. */
import type { RecommendationData } from '../../../../shared/recommendations.js';

/** "84.7 Ratify the Optional…" cut to `length` characters of text. */
export function recommendationLabel(recommendation: Pick<RecommendationData, 'ref' | 'text'>, length = 60): string {
  const text = recommendation.text.length > length ? `${recommendation.text.slice(0, length - 1).trimEnd()}…` : recommendation.text;
  return recommendation.ref ? `${recommendation.ref} ${text}` : text;
}
