import { describe, expect, it } from 'vitest';
import { groupByCluster } from './clusterGroups.js';
import { heatLevel, heatMap } from './heatMap.js';
import { testRecommendation as rec } from './testRecommendation.js';
import { distinctThemes, distinctValues, filterRecommendations, NO_FILTERS } from './triageFilter.js';
import { sortRecommendations } from './triageSort.js';

const torture = rec({ key: 'current/1', ref: '1', text: 'Ratify the Optional Protocol to the Convention against Torture', recommendingStates: ['Mexico'], response: 'supported', themes: ['Torture'], priority: 'high' });
const women = rec({ key: 'current/2', ref: '2', text: 'Adopt a law on domestic violence', recommendingStates: ['Norway', 'Chile'], response: 'noted', themes: ['Women', 'Justice'], priority: 'medium' });
const death = rec({ key: 'current/10', ref: '10', text: 'Abolish the death penalty', recommendingStates: ['France'], response: 'supported', themes: ['Justice'] });
const all = [torture, women, death];

describe('filtering the triage table', () => {
  it('no filter keeps everything', () => {
    expect(filterRecommendations(all, NO_FILTERS)).toEqual(all);
  });

  it('filters by theme, position and recommending state together', () => {
    expect(filterRecommendations(all, { ...NO_FILTERS, theme: 'Justice' })).toEqual([women, death]);
    expect(filterRecommendations(all, { ...NO_FILTERS, theme: 'Justice', position: 'supported' })).toEqual([death]);
    expect(filterRecommendations(all, { ...NO_FILTERS, state: 'Chile' })).toEqual([women]);
  });

  it('free text needs every word, ignores case and accents, and searches paragraphs and states', () => {
    expect(filterRecommendations(all, { ...NO_FILTERS, text: 'DOMESTIC law' })).toEqual([women]);
    expect(filterRecommendations(all, { ...NO_FILTERS, text: 'france' })).toEqual([death]);
    expect(filterRecommendations([rec({ key: 'k', text: 'Améliorer' })], { ...NO_FILTERS, text: 'ameliorer' })).toHaveLength(1);
    expect(filterRecommendations(all, { ...NO_FILTERS, text: 'nothing-like-this' })).toEqual([]);
  });

  it('lists the distinct themes and states, sorted', () => {
    expect(distinctThemes(all)).toEqual(['Justice', 'Torture', 'Women']);
    expect(distinctValues(all, 'recommendingStates')).toEqual(['Chile', 'France', 'Mexico', 'Norway']);
  });

  it('filters by the themes participants tagged, in any case, beside the imported ones', () => {
    const tagged = rec({ key: 'current/3', ref: '3', text: 'Protect herders', themeTags: ['Environment', 'justice'] });
    const withTagged = [...all, tagged];
    expect(filterRecommendations(withTagged, { ...NO_FILTERS, theme: 'Environment' })).toEqual([tagged]);
    expect(filterRecommendations(withTagged, { ...NO_FILTERS, theme: 'Justice' })).toEqual([women, death, tagged]);
    expect(filterRecommendations(withTagged, { ...NO_FILTERS, text: 'environment' })).toEqual([tagged]);
    expect(distinctThemes(withTagged)).toEqual(['Environment', 'Justice', 'Torture', 'Women']);
  });
});

describe('sorting the triage table', () => {
  it('by paragraph numerically (2 before 10)', () => {
    expect(sortRecommendations([death, women, torture], 'paragraph').map((r) => r.ref)).toEqual(['1', '2', '10']);
  });

  it('by priority, unset last, ties by paragraph', () => {
    expect(sortRecommendations([death, women, torture], 'priority').map((r) => r.ref)).toEqual(['1', '2', '10']);
  });

  it('by dots, most first', () => {
    expect(sortRecommendations(all, 'dots', { 'current/10': 5, 'current/2': 1 }).map((r) => r.ref)).toEqual(['10', '2', '1']);
  });

  it('does not change the array it sorts', () => {
    const input = [death, torture];
    sortRecommendations(input, 'paragraph');
    expect(input).toEqual([death, torture]);
  });
});

describe('grouping into clusters', () => {
  it('groups in cluster order, keeps empty clusters, puts the rest last', () => {
    const clusters = [{ id: 'a', title: 'Violence' }, { id: 'b', title: 'Empty' }];
    const groups = groupByCluster([{ ...torture, clusterId: 'a' }, women, { ...death, clusterId: 'gone' }], clusters);
    expect(groups.map((g) => [g.cluster?.id ?? null, g.recommendations.map((r) => r.key)])).toEqual([
      ['a', ['current/1']],
      ['b', []],
      [null, ['current/2', 'current/10']],
    ]);
  });
});

describe('the heat map of themes and priority', () => {
  it('counts each theme of a recommendation, sorts by high priority, and scales by the largest cell', () => {
    const { rows, max } = heatMap(all);
    expect(rows.map((row) => row.theme)).toEqual(['Torture', 'Justice', 'Women']);
    expect(rows[1]).toEqual({ theme: 'Justice', counts: { high: 0, medium: 1, low: 0, unset: 1 }, total: 2 });
    expect(max).toBe(1);
    expect(heatLevel(1, max)).toBe(1);
    expect(heatLevel(0, 0)).toBe(0);
  });

  it('recommendations without a theme count under the empty theme', () => {
    expect(heatMap([rec({ key: 'x' })]).rows[0]?.theme).toBe('');
  });

  it('counts the themes participants tagged, one row per theme in any case, and no empty theme once tagged', () => {
    const tagged = [rec({ key: 'a', themeTags: ['Mining'], priority: 'high' }), rec({ key: 'b', themes: ['mining'], themeTags: ['Environment'] })];
    const { rows } = heatMap(tagged);
    expect(rows.map((row) => [row.theme, row.total])).toEqual([['Mining', 2], ['Environment', 1]]);
    expect(rows[0]?.counts).toEqual({ high: 1, medium: 0, low: 0, unset: 1 });
  });

  it('recommendations without a priority do not scale the colours', () => {
    expect(heatMap([rec({ key: 'a' }), rec({ key: 'b' }), rec({ key: 'c', priority: 'low' })]).max).toBe(1);
  });
});
