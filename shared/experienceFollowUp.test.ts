import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardEvidence, cardLinks, cardThemes, readCardFollowUp, setCardAssessment, setListed } from './experienceFollowUp.js';
import { addCard } from './experiences.js';

describe('experience card follow-up fields', () => {
  it('a card without the fields reads as unlinked and unassessed', () => {
    const doc = new Y.Doc();
    const card = addCard(doc, { year: 2012 });
    expect(readCardFollowUp(card)).toEqual({ recommendationKeys: [], assessment: null, evidence: '', themes: [] });
  });

  it('links, themes, assessment and evidence read back, without duplicates', () => {
    const doc = new Y.Doc();
    const card = addCard(doc);
    setListed(cardLinks(card), 'previous/84.7', true);
    setListed(cardLinks(card), 'previous/84.7', true);
    setListed(cardThemes(card), 'Torture', true);
    setCardAssessment(card, 'partial');
    cardEvidence(card).insert(0, 'NHRC report 2014');
    expect(readCardFollowUp(card)).toEqual({
      recommendationKeys: ['previous/84.7'],
      assessment: 'partial',
      evidence: 'NHRC report 2014',
      themes: ['Torture'],
    });
    setListed(cardLinks(card), 'previous/84.7', false);
    expect(readCardFollowUp(card).recommendationKeys).toEqual([]);
  });

  it('a foreign assessment value reads as unset', () => {
    const doc = new Y.Doc();
    const card = addCard(doc);
    card.set('assessment', 'done');
    expect(readCardFollowUp(card).assessment).toBeNull();
  });
});
