import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPlanRow, readPlan } from '../../shared/plan.js';
import { readClusters, readRecommendations } from '../../shared/readRecommendations.js';
import { importedOf, newEntry, recommendationsOf } from '../../shared/recommendations.js';
import { addThemeTag } from '../../shared/themeTags.js';
import { planMatrix } from './planMatrix.js';

/** A recommendation imported with `themes`, then tagged with `tags` by participants. */
function addRecommendation(doc: Y.Doc, ref: string, themes: string[], tags: string[]): void {
  const entry = newEntry();
  recommendationsOf(doc).set(`current/${ref}`, entry);
  for (const [field, value] of Object.entries({ ref, text: `Recommendation ${ref}`, review: 'current', themes })) importedOf(entry).set(field, value);
  for (const tag of tags) addThemeTag(entry, tag);
}

describe('the plan matrix', () => {
  it('lists the imported themes and the ones participants tagged, once each, for planned and open recommendations', () => {
    const recommendationsDoc = new Y.Doc();
    addRecommendation(recommendationsDoc, '84.1', ['Torture'], ['Justice']);
    addRecommendation(recommendationsDoc, '84.2', [], ['torture', 'Mining']);
    addRecommendation(recommendationsDoc, '84.3', [], ['Environment']);
    const planDoc = new Y.Doc();
    addPlanRow(planDoc, { recommendationKeys: ['current/84.1', 'current/84.2'] });
    const recommendations = readRecommendations(recommendationsDoc).map(({ review, cycle, ...rest }) => ({ ...rest, cycle: review, cycleNumber: cycle }));

    const { header, rows } = planMatrix({ recommendations, clusters: readClusters(recommendationsDoc), planRows: readPlan(planDoc) });
    const themes = header.indexOf('Themes');
    expect(rows.map((row) => row[themes])).toEqual(['Torture; Justice; Mining', 'Environment']);
  });
});
