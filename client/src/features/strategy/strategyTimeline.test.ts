import { describe, expect, it } from 'vitest';
import type { StrategyRowData } from '../../../../shared/strategy.js';
import { timelineByMonth } from './strategyTimeline.js';

const activity = (id: string, milestoneDate: string | null): StrategyRowData => ({
  id, recommendationKeys: [], target: null, milestoneDate, status: 'planned', example: false,
  activity: id, targetDetail: '', leadOrganisation: '', milestone: '', resources: '',
});

describe('the strategy timeline', () => {
  it('groups by month in date order and puts undated activities last', () => {
    const months = timelineByMonth([activity('c', null), activity('b', '2016-03-20'), activity('a', '2016-03-02'), activity('d', '2015-12-10')]);
    expect(months.map((m) => [m.month, m.activities.map((a) => a.id)])).toEqual([
      ['2015-12', ['d']],
      ['2016-03', ['a', 'b']],
      [null, ['c']],
    ]);
  });
});
