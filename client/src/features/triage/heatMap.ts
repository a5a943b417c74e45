/** Where the room's attention is: recommendations counted by theme and priority. */
import { PRIORITIES, type Priority, type RecommendationData } from '../../../../shared/recommendations.js';
import { effectiveThemes, themeKey } from '../../../../shared/themeTags.js';

/** One theme's counts; `unset` counts recommendations without a priority yet. */
export interface HeatMapRow {
  theme: string;
  counts: Record<Priority | 'unset', number>;
  total: number;
}

/** The theme used for recommendations with no theme, neither imported nor tagged. */
export const NO_THEME = '';

/**
 * Rows by effective theme (imported and tagged; one row per theme in any case, named by its first
 * spelling), most prioritised (high, then medium) first; the largest count of a set priority, to scale colours.
 */
export function heatMap(recommendations: readonly RecommendationData[]): { rows: HeatMapRow[]; max: number } {
  const byTheme = new Map<string, HeatMapRow>();
  for (const recommendation of recommendations) {
    const found = effectiveThemes(recommendation);
    for (const theme of found.length > 0 ? found : [NO_THEME]) {
      const row = byTheme.get(themeKey(theme)) ?? { theme, counts: { high: 0, medium: 0, low: 0, unset: 0 }, total: 0 };
      row.counts[recommendation.priority ?? 'unset'] += 1;
      row.total += 1;
      byTheme.set(themeKey(theme), row);
    }
  }
  const rows = [...byTheme.values()].sort(
    (a, b) => b.counts.high - a.counts.high || b.counts.medium - a.counts.medium || b.total - a.total || a.theme.localeCompare(b.theme),
  );
  // Only priorities set by the room scale the colours: "not set" is where attention is not.
  const max = Math.max(0, ...rows.flatMap((row) => PRIORITIES.map((priority) => row.counts[priority])));
  return { rows, max };
}

/** 0 to 1: how strong a cell's colour is; an empty map gives 0. */
export function heatLevel(count: number, max: number): number {
  return max === 0 ? 0 : count / max;
}
