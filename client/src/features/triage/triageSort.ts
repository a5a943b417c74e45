/** How the triage table is ordered. */
import { compareRecommendations } from '../../../../shared/readRecommendations.js';
import type { Priority, RecommendationData } from '../../../../shared/recommendations.js';

export const SORT_KEYS = ['paragraph', 'priority', 'state', 'dots', 'comments'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
const rank = (priority: Priority | null) => (priority ? PRIORITY_RANK[priority] : 3);

/**
 * A new array in the chosen order; ties fall back to the paragraph order so the table never
 * jumps between equal rows. `dots` are the live dot counts by recommendation key.
 */
export function sortRecommendations(
  recommendations: readonly RecommendationData[],
  key: SortKey,
  dots: Readonly<Record<string, number>> = {},
): RecommendationData[] {
  const primary = (a: RecommendationData, b: RecommendationData): number => {
    switch (key) {
      case 'paragraph':
        return 0;
      case 'priority':
        return rank(a.priority) - rank(b.priority);
      case 'state':
        return (a.recommendingStates[0] ?? '\uffff').localeCompare(b.recommendingStates[0] ?? '\uffff');
      case 'dots':
        return (dots[b.key] ?? 0) - (dots[a.key] ?? 0);
      case 'comments':
        return b.comments.length - a.comments.length;
    }
  };
  return [...recommendations].sort((a, b) => primary(a, b) || compareRecommendations(a, b));
}
