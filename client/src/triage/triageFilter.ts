/** Which recommendations the triage table shows: pure functions, so they are tested without a browser. */
import type { RecommendationData, RecommendationResponse } from '../../../shared/recommendations.js';

/** The table's filters; an empty string means "any". */
export interface TriageFilters {
  theme: string;
  position: RecommendationResponse | '';
  state: string;
  text: string;
}

export const NO_FILTERS: TriageFilters = { theme: '', position: '', state: '', text: '' };

/** Lower case without accents, so "Mongolie" finds "Mongolië" and case never matters. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** True when the recommendation passes every filter; free text matches text, paragraph, states, themes and leads. */
export function matchesFilters(recommendation: RecommendationData, filters: TriageFilters): boolean {
  if (filters.theme && !recommendation.themes.includes(filters.theme)) return false;
  if (filters.position && recommendation.response !== filters.position) return false;
  if (filters.state && !recommendation.recommendingStates.includes(filters.state)) return false;
  const words = foldForSearch(filters.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch(
    [recommendation.ref ?? '', recommendation.text, ...recommendation.recommendingStates, ...recommendation.themes, ...recommendation.leadOrganisations].join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

/** The recommendations that pass the filters, in their order. */
export function filterRecommendations(recommendations: readonly RecommendationData[], filters: TriageFilters): RecommendationData[] {
  return recommendations.filter((recommendation) => matchesFilters(recommendation, filters));
}

/** The distinct values of a list field across recommendations, sorted, for the filter menus. */
export function distinctValues(recommendations: readonly RecommendationData[], field: 'themes' | 'recommendingStates'): string[] {
  const values = new Set<string>();
  for (const recommendation of recommendations) for (const value of recommendation[field]) values.add(value);
  return [...values].sort((a, b) => a.localeCompare(b));
}
