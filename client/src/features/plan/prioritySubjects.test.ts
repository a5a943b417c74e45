import { describe, expect, it } from 'vitest';
import { testRecommendation as rec } from '../triage/testRecommendation.js';
import { planSubjects } from './prioritySubjects.js';

describe('what a plan row can be about', () => {
  it('offers clusters with their recommendations, then high and medium priorities of the current review', () => {
    const subjects = planSubjects(
      [
        rec({ key: 'current/1', priority: 'medium' }),
        rec({ key: 'current/2', priority: 'high', clusterId: 'c' }),
        rec({ key: 'current/3', priority: 'low' }),
        rec({ key: 'previous/4', priority: 'high', review: 'previous' }),
      ],
      [{ id: 'c', title: 'Violence' }],
    );
    expect(subjects.map((s) => [s.value, s.recommendationKeys])).toEqual([
      ['cluster:c', ['current/2']],
      ['rec:current/2', ['current/2']],
      ['rec:current/1', ['current/1']],
    ]);
  });
});
