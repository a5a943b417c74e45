/** Activities placed on a timeline by their milestone date. */
import type { StrategyRowData } from '../../../../shared/strategy.js';

/** One month of the timeline (`YYYY-MM`), or null for activities without a date. */
export interface TimelineMonth {
  month: string | null;
  activities: StrategyRowData[];
}

/** Months in order, activities by date within each; undated activities last. */
export function timelineByMonth(activities: readonly StrategyRowData[]): TimelineMonth[] {
  const dated = activities.filter((a) => a.milestoneDate !== null).sort((a, b) => (a.milestoneDate ?? '').localeCompare(b.milestoneDate ?? ''));
  const months: TimelineMonth[] = [];
  for (const activity of dated) {
    const month = (activity.milestoneDate ?? '').slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.activities.push(activity);
    else months.push({ month, activities: [activity] });
  }
  const undated = activities.filter((a) => a.milestoneDate === null);
  if (undated.length > 0) months.push({ month: null, activities: undated });
  return months;
}
