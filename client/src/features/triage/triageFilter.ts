/** Which recommendations the triage table shows: pure functions, so they are tested without a browser. */
import type { RecommendationData, RecommendationResponse } from '../../../../shared/recommendations.js';
import { effectiveThemes, hasTheme, uniqueThemes } from '../../../../shared/themeTags.js';

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

/**
 * True when the recommendation passes every filter; free text matches text, paragraph, states,
 * themes and leads. Themes are the effective ones (imported and tagged), compared in any case.
 */
export function matchesFilters(recommendation: RecommendationData, filters: TriageFilters): boolean {
  const themes = effectiveThemes(recommendation);
  if (filters.theme && !hasTheme(themes, filters.theme)) return false;
  if (filters.position && recommendation.response !== filters.position) return false;
  if (filters.state && !recommendation.recommendingStates.includes(filters.state)) return false;
  const words = foldForSearch(filters.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch(
    [recommendation.ref ?? '', recommendation.text, ...recommendation.recommendingStates, ...themes, ...recommendation.leadOrganisations].join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

/** The recommendations that pass the filters, in their order. */
export function filterRecommendations(recommendations: readonly RecommendationData[], filters: TriageFilters): RecommendationData[] {
  return recommendations.filter((recommendation) => matchesFilters(recommendation, filters));
}

/** The distinct recommending states, sorted, for the filter menu. */
export function distinctValues(recommendations: readonly RecommendationData[], field: 'recommendingStates'): string[] {
  const values = new Set<string>();
  for (const recommendation of recommendations) for (const value of recommendation[field]) values.add(value);
  return [...values].sort((a, b) => a.localeCompare(b));
}

/** Every theme in use, imported or tagged, once in any case (its first spelling), sorted: the theme menu and suggestions. */
export function distinctThemes(recommendations: readonly RecommendationData[]): string[] {
  return uniqueThemes(recommendations.flatMap(effectiveThemes)).sort((a, b) => a.localeCompare(b));
}
