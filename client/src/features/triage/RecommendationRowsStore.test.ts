import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment, addLeadOrganisation, importedOf, newEntry, recommendationsOf } from '../../../../shared/recommendations.js';
import { RecommendationRowsStore } from './RecommendationRowsStore.js';

function seed(doc: Y.Doc, count: number): void {
  doc.transact(() => {
    for (let i = 1; i <= count; i++) {
      const entry = newEntry();
      recommendationsOf(doc).set(`current/84.${i}`, entry);
      importedOf(entry).set('ref', `84.${i}`);
      importedOf(entry).set('text', `Recommendation ${i}`);
    }
  });
}

describe('live recommendation rows', () => {
  it('a change to one entry gives a new object for that row only', () => {
    const doc = new Y.Doc();
    seed(doc, 300);
    const store = new RecommendationRowsStore(doc);
    let notified = 0;
    store.subscribe(() => notified++);
    const before = store.snapshot();
    const entry = recommendationsOf(doc).get('current/84.7');
    if (!entry) throw new Error('seeded entry missing');
    addLeadOrganisation(entry, 'Globe International');
    addComment(entry, { parentId: null, authorName: 'Alice', authorOrganisation: null, text: 'Key', at: 1 });
    const after = store.snapshot();
    expect(notified).toBe(2);
    expect(after.map((row) => row.ref).slice(0, 3)).toEqual(['84.1', '84.2', '84.3']);
    const changed = after.findIndex((row) => row.key === 'current/84.7');
    expect(after[changed]?.leadOrganisations).toEqual(['Globe International']);
    expect(after[changed]?.comments).toHaveLength(1);
    expect(after.filter((row, i) => row !== before[i]).map((row) => row.key)).toEqual(['current/84.7']);
  });

  it('entries added and removed by others appear and disappear', () => {
    const doc = new Y.Doc();
    const store = new RecommendationRowsStore(doc);
    store.subscribe(() => undefined);
    seed(doc, 2);
    expect(store.snapshot()).toHaveLength(2);
    recommendationsOf(doc).delete('current/84.1');
    expect(store.snapshot().map((row) => row.key)).toEqual(['current/84.2']);
  });
});
