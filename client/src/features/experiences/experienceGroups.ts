/** Cards grouped by theme for the board, and assessments gathered per previous recommendation. */
import type { Assessment, CardFollowUpData } from '../../../../shared/experienceFollowUp.js';
import type { ExperienceCardData } from '../../../../shared/experiences.js';

/** A card with its follow-up fields, as the board and the browser read it. */
export type CardWithFollowUp = ExperienceCardData & CardFollowUpData;

/** Themes in alphabetical order, a card under each of its themes; cards without one last (theme null). */
export function groupByTheme<T extends { themes: string[] }>(cards: readonly T[]): Array<{ theme: string | null; cards: T[] }> {
  const byTheme = new Map<string, T[]>();
  const none: T[] = [];
  for (const card of cards) {
    if (card.themes.length === 0) none.push(card);
    for (const theme of card.themes) byTheme.set(theme, [...(byTheme.get(theme) ?? []), card]);
  }
  const groups: Array<{ theme: string | null; cards: T[] }> = [...byTheme.keys()].sort((a, b) => a.localeCompare(b)).map((theme) => ({ theme, cards: byTheme.get(theme) ?? [] }));
  if (none.length > 0) groups.push({ theme: null, cards: none });
  return groups;
}

/** For each recommendation key, the assessments of the cards linked to it, counted. */
export function assessmentsByRecommendation(cards: readonly Pick<CardWithFollowUp, 'recommendationKeys' | 'assessment'>[]): Map<string, Partial<Record<Assessment | 'unassessed', number>>> {
  const result = new Map<string, Partial<Record<Assessment | 'unassessed', number>>>();
  for (const card of cards) {
    for (const key of card.recommendationKeys) {
      const counts = result.get(key) ?? {};
      const assessment = card.assessment ?? 'unassessed';
      counts[assessment] = (counts[assessment] ?? 0) + 1;
      result.set(key, counts);
    }
  }
  return result;
}
