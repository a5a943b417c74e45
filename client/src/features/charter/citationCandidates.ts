/** Which recommendations the citation picker offers: matches of the search, or, before typing, the priorities and planned ones. */
import { PRIORITIES, type RecommendationData } from '../../../../shared/recommendations.js';
import { filterRecommendations, NO_FILTERS } from '../triage/triageFilter.js';

/** A picker is for finding one, not reading all. */
export const MAX_CITATION_RESULTS = 8;

const rank = (r: RecommendationData, planned: ReadonlySet<string>) =>
  (planned.has(r.key) ? 0 : 10) + (r.priority ? PRIORITIES.indexOf(r.priority) : 5);

/** Search results, or the triage's priorities and the plan's recommendations first when the search is empty. */
export function citationCandidates(all: RecommendationData[], planned: ReadonlySet<string>, query: string): RecommendationData[] {
  if (query.trim()) return filterRecommendations(all, { ...NO_FILTERS, text: query }).slice(0, MAX_CITATION_RESULTS);
  return all
    .filter((r) => planned.has(r.key) || r.priority !== null)
    .sort((a, b) => rank(a, planned) - rank(b, planned))
    .slice(0, MAX_CITATION_RESULTS);
}
