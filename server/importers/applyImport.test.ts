import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readRecommendations } from '../../shared/readRecommendations.js';
import {
  addComment,
  addLeadOrganisation,
  type ImportedRecommendation,
  recommendationsOf,
} from '../../shared/recommendations.js';
import { addThemeTag, effectiveThemes } from '../../shared/themeTags.js';
import { applyImport } from './applyImport.js';

const recommendation = (ref: string | null, text: string, more: Partial<ImportedRecommendation> = {}): ImportedRecommendation => ({
  ref, text, recommendingStates: ['France'], response: 'supported', themes: [], affectedGroups: [], sdgTargets: [],
  actionCategory: null, cycle: null, session: null, review: 'current', documentSymbol: null, publishedOn: null, ...more,
});

describe('merging an import into the recommendations document', () => {
  it('adds new recommendations keyed by review and paragraph, or by text', () => {
    const doc = new Y.Doc();
    expect(applyImport(doc, [recommendation('84.1', 'Ratify'), recommendation(null, 'Adopt a law', { review: 'previous' })])).toEqual({ imported: 2, updated: 0, unchanged: 0 });
    const keys = [...recommendationsOf(doc).keys()];
    expect(keys).toContain('current/84.1');
    expect(keys.find((key) => key.startsWith('previous/t-'))).toBeDefined();
  });

  it('importing the same recommendations twice changes nothing the second time (no update at all)', () => {
    const doc = new Y.Doc();
    const file = [recommendation('84.1', 'Ratify'), recommendation('84.2', 'Adopt')];
    applyImport(doc, file);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(applyImport(doc, structuredClone(file))).toEqual({ imported: 0, updated: 0, unchanged: 2 });
    expect(updates).toBe(0);
  });

  it('a re-import updates what changed and keeps leads, comments and theme tags', () => {
    const doc = new Y.Doc();
    applyImport(doc, [recommendation('84.1', 'Ratify'), recommendation('84.2', 'Adopt')]);
    const entry = recommendationsOf(doc).get('current/84.1')!;
    addLeadOrganisation(entry, 'Mongolian Women’s Fund');
    addComment(entry, { parentId: null, authorName: 'Oyuna', authorOrganisation: 'MONFEMNET', text: 'Key for us', at: 1 });
    addThemeTag(entry, 'Torture');

    const counts = applyImport(doc, [recommendation('84.1', 'Ratify', { response: 'noted', recommendingStates: ['France', 'Chile'], themes: ['Justice'] }), recommendation('84.2', 'Adopt')]);
    expect(counts).toEqual({ imported: 0, updated: 1, unchanged: 1 });
    const [first] = readRecommendations(doc);
    expect(first).toMatchObject({ ref: '84.1', response: 'noted', recommendingStates: ['France', 'Chile'], leadOrganisations: ['Mongolian Women’s Fund'] });
    expect(first?.comments.map((c) => c.text)).toEqual(['Key for us']);
    expect(first).toMatchObject({ themes: ['Justice'], themeTags: ['Torture'] });
    expect(effectiveThemes(first!)).toEqual(['Justice', 'Torture']);
  });

  it('finds a recommendation imported without a paragraph when a later file gives one', () => {
    const doc = new Y.Doc();
    applyImport(doc, [recommendation(null, 'Ratify the “Optional Protocol”.')]);
    const counts = applyImport(doc, [recommendation('115.1', 'Ratify the "Optional Protocol"')]);
    expect(counts).toEqual({ imported: 0, updated: 1, unchanged: 0 });
    expect(readRecommendations(doc).map((r) => r.ref)).toEqual(['115.1']);
  });

  it('keeps the previous and the current review apart even for the same paragraph', () => {
    const doc = new Y.Doc();
    applyImport(doc, [recommendation('84.1', 'Ratify', { review: 'previous' })]);
    expect(applyImport(doc, [recommendation('84.1', 'Ratify')]).imported).toBe(1);
  });
});
