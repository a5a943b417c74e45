/** A recommendation as plain data for unit tests, with only the fields a test cares about set. */
import type { RecommendationData } from '../../../../shared/recommendations.js';

/** Fills every field with an empty value, then applies `fields`. */
export function testRecommendation(fields: Partial<RecommendationData> & { key: string }): RecommendationData {
  return {
    ref: null, text: '', recommendingStates: [], response: 'pending', themes: [], affectedGroups: [], sdgTargets: [],
    actionCategory: null, cycle: null, session: null, review: 'current', documentSymbol: null, publishedOn: null,
    priority: null, leadOrganisations: [], comments: [], clusterId: null, themeTags: [],
    ...fields,
  };
}
