/** Lays cards out on the 2010–2015 timeline. */
import { EXPERIENCE_YEARS } from '../../../../shared/experiences.js';

/** Groups items by year in timeline order, the undated last; empty years are left out. */
export function groupByYear<T extends { year: number | null }>(items: readonly T[]): Array<{ year: number | null; items: T[] }> {
  const groups: Array<{ year: number | null; items: T[] }> = [...EXPERIENCE_YEARS, null].map((year) => ({ year, items: [] }));
  for (const item of items) groups.find((group) => group.year === item.year)?.items.push(item);
  return groups.filter((group) => group.items.length > 0);
}
