/**
 * The room's priorities from a closed dot vote: the recommendations that received dots, ranked
 * by their dots, in thirds — the first third high, the next medium, the rest low. A tie with
 * the last of a band joins that band, so equal dots never get different priorities.
 * Recommendations without dots are left out: they keep whatever the room had decided.
 */
import type { Priority } from '../../../../shared/priorities.js';

export function prioritiesFromDots(counts: Readonly<Record<string, number>>): Record<string, Priority> {
  const ranked = Object.entries(counts)
    .filter(([, dots]) => dots > 0)
    .sort(([, a], [, b]) => b - a);
  const band = Math.ceil(ranked.length / 3);
  const priorities: Record<string, Priority> = {};
  let previous: { dots: number; priority: Priority } | null = null;
  ranked.forEach(([key, dots], index) => {
    const byRank: Priority = index < band ? 'high' : index < 2 * band ? 'medium' : 'low';
    const priority = previous && previous.dots === dots ? previous.priority : byRank;
    priorities[key] = priority;
    previous = { dots, priority };
  });
  return priorities;
}
