import { describe, expect, it } from 'vitest';
import { clusterOfRow, sortByCluster } from './byCluster.js';

const clusters = [
  { id: 'c-torture', title: 'Torture' },
  { id: 'c-gender', title: 'Gender' },
];
const clusterOfRecommendation = new Map<string, string | null>([
  ['r1', 'c-gender'],
  ['r2', null],
  ['r3', 'c-torture'],
]);

describe('rows by cluster', () => {
  it("takes a row's own cluster, else its first recommendation's that has one", () => {
    expect(clusterOfRow({ recommendationKeys: ['r1'], clusterId: 'c-torture' }, clusterOfRecommendation)).toBe('c-torture');
    expect(clusterOfRow({ recommendationKeys: ['r2', 'r1'] }, clusterOfRecommendation)).toBe('c-gender');
    expect(clusterOfRow({ recommendationKeys: ['r2', 'unknown'] }, clusterOfRecommendation)).toBeNull();
  });

  it('orders rows cluster by cluster, rows without one last, keeping their order within a cluster', () => {
    const rows = [
      { id: 'a', recommendationKeys: ['r2'] },
      { id: 'b', recommendationKeys: ['r1'] },
      { id: 'c', recommendationKeys: [], clusterId: 'c-torture' },
      { id: 'd', recommendationKeys: ['r1', 'r3'] },
      { id: 'e', recommendationKeys: ['r3'] },
    ];
    expect(sortByCluster(rows, clusters, clusterOfRecommendation).map((row) => row.id)).toEqual(['c', 'e', 'b', 'd', 'a']);
  });
});
