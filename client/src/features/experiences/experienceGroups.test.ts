import { describe, expect, it } from 'vitest';
import { assessmentsByRecommendation, groupByTheme } from './experienceGroups.js';

describe('the experiences board and the previous review', () => {
  it('shows a card under each of its themes, alphabetically, the unthemed last', () => {
    const cards = [{ id: 'a', themes: ['Torture', 'Justice'] }, { id: 'b', themes: [] }, { id: 'c', themes: ['Justice'] }];
    expect(groupByTheme(cards).map((g) => [g.theme, g.cards.map((c) => c.id)])).toEqual([
      ['Justice', ['a', 'c']],
      ['Torture', ['a']],
      [null, ['b']],
    ]);
  });

  it('counts the assessments of the cards linked to each recommendation', () => {
    const counts = assessmentsByRecommendation([
      { recommendationKeys: ['previous/84.1', 'previous/84.2'], assessment: 'partial' },
      { recommendationKeys: ['previous/84.1'], assessment: 'implemented' },
      { recommendationKeys: ['previous/84.1'], assessment: null },
    ]);
    expect(counts.get('previous/84.1')).toEqual({ partial: 1, implemented: 1, unassessed: 1 });
    expect(counts.get('previous/84.2')).toEqual({ partial: 1 });
  });
});
