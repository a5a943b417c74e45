import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, cardText, cardsOf, findCard, readCards, removeCard, setCardYear } from './experiences.js';

/** Exchanges the full state of two documents both ways, as a sync would. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('experiences data model', () => {
  it('adds a card with an id, a year and empty text fields', () => {
    const doc = new Y.Doc();
    addCard(doc, { id: 'c1', year: 2012 });
    expect(readCards(doc)).toEqual([{ id: 'c1', year: 2012, happened: '', outcome: '', lesson: '' }]);
  });

  it('keeps a year only when it belongs to the 2010–2015 cycle', () => {
    const doc = new Y.Doc();
    const card = addCard(doc, { year: 2020 });
    expect(readCards(doc)[0]?.year).toBeNull();
    setCardYear(card, 2015);
    expect(readCards(doc)[0]?.year).toBe(2015);
    setCardYear(card, 1999);
    expect(readCards(doc)[0]?.year).toBeNull();
  });

  it('gives every card a distinct id', () => {
    const doc = new Y.Doc();
    const ids = new Set(Array.from({ length: 50 }, () => addCard(doc).get('id')));
    expect(ids.size).toBe(50);
  });

  it('finds and removes a card by id', () => {
    const doc = new Y.Doc();
    addCard(doc, { id: 'a' });
    addCard(doc, { id: 'b' });
    expect(findCard(doc, 'b')?.get('id')).toBe('b');
    expect(removeCard(doc, 'a')).toBe(true);
    expect(removeCard(doc, 'a')).toBe(false);
    expect(readCards(doc).map((card) => card.id)).toEqual(['b']);
  });

  it('keeps both people’s words when two documents type into the same field concurrently', () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    addCard(alice, { id: 'shared' });
    sync(alice, bob);
    cardText(findCard(alice, 'shared')!, 'happened').insert(0, 'Alice ');
    cardText(findCard(bob, 'shared')!, 'happened').insert(0, 'Bob ');
    sync(alice, bob);
    const text = readCards(alice)[0]?.happened ?? '';
    expect(text).toContain('Alice');
    expect(text).toContain('Bob');
    expect(readCards(bob)).toEqual(readCards(alice));
  });

  it('creates a missing text field so a foreign card can still be edited', () => {
    const doc = new Y.Doc();
    const card = new Y.Map<unknown>();
    card.set('id', 'old');
    card.set('lesson', 'plain string');
    cardsOf(doc).push([card]);
    expect(cardText(card, 'lesson').toString()).toBe('plain string');
    expect(readCards(doc)[0]).toEqual({ id: 'old', year: null, happened: '', outcome: '', lesson: 'plain string' });
  });
});
