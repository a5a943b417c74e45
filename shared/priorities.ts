/**
 * A recommendation's priority. The room's priority is the facilitator's decision, kept in the
 * control record (`ControlRecord.priorities`); a participant's own view stays on their device.
 */

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** At most this many recommendations carry a room priority (a review has a few hundred). */
export const MAX_ROOM_PRIORITIES = 2000;

/**
 * The recommendations with the room's priorities set. A row whose priority is unchanged keeps
 * its object, and `cache` (row → row with its priority) keeps it across calls, so memoised
 * rows do not render again.
 */
export function withRoomPriorities<R extends { key: string; priority: Priority | null }>(
  recommendations: readonly R[],
  priorities: Readonly<Record<string, Priority>>,
  cache?: WeakMap<R, R>,
): R[] {
  return recommendations.map((r) => {
    const priority = priorities[r.key] ?? null;
    if (r.priority === priority) return r;
    const kept = cache?.get(r);
    if (kept?.priority === priority) return kept;
    const set = { ...r, priority };
    cache?.set(r, set);
    return set;
  });
}
