import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readClusters, readRecommendations } from './readRecommendations.js';
import { normaliseRecommendationText, recommendationKey } from './recommendationKeys.js';
import {
  addCluster,
  addComment,
  addLeadOrganisation,
  importedOf,
  newEntry,
  recommendationsOf,
  removeLeadOrganisation,
  setCluster,
} from './recommendations.js';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function withEntry(key = 'current/84.1', fields: Record<string, unknown> = { text: 'Ratify', review: 'current', ref: '84.1' }) {
  const doc = new Y.Doc();
  const entry = newEntry();
  recommendationsOf(doc).set(key, entry);
  for (const [field, value] of Object.entries(fields)) importedOf(entry).set(field, value);
  return { doc, entry };
}

describe('recommendations data model', () => {
  it('keys by review and paragraph, or by a hash of the normalised text', () => {
    expect(recommendationKey('previous', '84.7', 'x')).toBe('previous/84.7');
    expect(recommendationKey('current', null, 'Ratify the “OP”.')).toBe(recommendationKey('current', null, ' ratify  the "OP"'));
    expect(recommendationKey('current', null, 'Ratify A')).not.toBe(recommendationKey('current', null, 'Ratify B'));
    expect(normaliseRecommendationText('Ensure  the State’s\nplan.')).toBe("ensure the state's plan");
  });

  it('reads participants’ additions beside the imported fields', () => {
    const { doc, entry } = withEntry();
    expect(addLeadOrganisation(entry, 'MONFEMNET')).toBe(true);
    expect(addLeadOrganisation(entry, 'MONFEMNET')).toBe(false);
    addLeadOrganisation(entry, 'Globe International');
    expect(removeLeadOrganisation(entry, 'MONFEMNET')).toBe(true);
    const parentId = addComment(entry, { parentId: null, authorName: 'Bold', authorOrganisation: 'LGBT Centre', text: 'Why?', at: 5 });
    addComment(entry, { parentId, authorName: 'Oyuna', authorOrganisation: null, text: 'Because', at: 6 });
    const cluster = addCluster(doc, 'Torture prevention');
    setCluster(entry, cluster);
    const [read] = readRecommendations(doc);
    expect(read).toMatchObject({ key: 'current/84.1', ref: '84.1', text: 'Ratify', priority: null, leadOrganisations: ['Globe International'], clusterId: cluster });
    expect(read?.comments.map((c) => [c.text, c.parentId])).toEqual([['Why?', null], ['Because', parentId]]);
    expect(readClusters(doc)).toEqual([{ id: cluster, title: 'Torture prevention' }]);
  });

  it('orders the previous review first, then paragraphs numerically', () => {
    const doc = new Y.Doc();
    for (const [key, ref, review] of [['current/84.10', '84.10', 'current'], ['current/84.2', '84.2', 'current'], ['previous/90.1', '90.1', 'previous']]) {
      const entry = newEntry();
      recommendationsOf(doc).set(key!, entry);
      importedOf(entry).set('ref', ref);
      importedOf(entry).set('review', review);
    }
    expect(readRecommendations(doc).map((r) => r.key)).toEqual(['previous/90.1', 'current/84.2', 'current/84.10']);
  });

  it('reads values of the wrong type as empty, never throwing', () => {
    const { doc } = withEntry('current/x', { text: 42, recommendingStates: 'France', response: 'maybe', actionCategory: 9, cycle: -1 });
    // A priority left by an older client is not the room's decision (that is the control record's).
    recommendationsOf(doc).get('current/x')!.set('priority', 'high');
    expect(readRecommendations(doc)[0]).toMatchObject({ text: '', recommendingStates: [], response: 'pending', actionCategory: null, cycle: null, priority: null, review: 'current' });
  });

  it('keeps both lead organisations and both comments added concurrently', () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    const entry = newEntry();
    recommendationsOf(alice).set('current/84.1', entry);
    sync(alice, bob);
    addLeadOrganisation(recommendationsOf(alice).get('current/84.1')!, 'A');
    addLeadOrganisation(recommendationsOf(bob).get('current/84.1')!, 'B');
    addComment(recommendationsOf(alice).get('current/84.1')!, { parentId: null, authorName: 'a', authorOrganisation: null, text: 'one', at: 1 });
    addComment(recommendationsOf(bob).get('current/84.1')!, { parentId: null, authorName: 'b', authorOrganisation: null, text: 'two', at: 2 });
    sync(alice, bob);
    const read = readRecommendations(alice)[0]!;
    expect([...read.leadOrganisations].sort()).toEqual(['A', 'B']);
    expect(read.comments).toHaveLength(2);
    expect(readRecommendations(bob)).toEqual(readRecommendations(alice));
  });
});
