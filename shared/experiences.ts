/**
 * The Experiences 2010–2015 section as it lives in its Yjs document, so the client that edits
 * it and the server exporters that read it agree on one shape:
 *
 *   doc.getArray('cards')  Y.Array<Y.Map>, in the order cards were added
 *     card.get('id')       string, stable across edits
 *     card.get('year')     number (2010–2015) or null while unset
 *     card.get('happened' | 'outcome' | 'lesson')   Y.Text, co-edited character by character
 */
import * as Y from 'yjs';

/** The years the first review cycle covers. */
export const EXPERIENCE_YEARS = [2010, 2011, 2012, 2013, 2014, 2015] as const;

/** The free-text fields of a card; each is a Y.Text so concurrent typing merges. */
export const EXPERIENCE_TEXT_FIELDS = ['happened', 'outcome', 'lesson'] as const;

export type ExperienceTextField = (typeof EXPERIENCE_TEXT_FIELDS)[number];

/** A card as plain data, for rendering lists and for exporters. */
export interface ExperienceCardData {
  id: string;
  year: number | null;
  happened: string;
  outcome: string;
  lesson: string;
}

/** One card's live shared map. */
export type ExperienceCard = Y.Map<unknown>;

const CARDS_KEY = 'cards';

/** The shared array of cards of a section document. */
export function cardsOf(doc: Y.Doc): Y.Array<ExperienceCard> {
  return doc.getArray<ExperienceCard>(CARDS_KEY);
}

/** A random card id; getRandomValues works in insecure contexts (venue LAN over http), randomUUID does not. */
export function newCardId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Adds an empty card (optionally with a year) at the end and returns it. */
export function addCard(doc: Y.Doc, options: { id?: string; year?: number | null } = {}): ExperienceCard {
  const card: ExperienceCard = new Y.Map<unknown>();
  doc.transact(() => {
    card.set('id', options.id ?? newCardId());
    card.set('year', isExperienceYear(options.year) ? options.year : null);
    for (const field of EXPERIENCE_TEXT_FIELDS) card.set(field, new Y.Text());
    cardsOf(doc).push([card]);
  });
  return card;
}

/** Finds a card by id, or null. */
export function findCard(doc: Y.Doc, id: string): ExperienceCard | null {
  return cardsOf(doc).toArray().find((card) => card.get('id') === id) ?? null;
}

/** Removes a card by id; true when it was there. */
export function removeCard(doc: Y.Doc, id: string): boolean {
  const cards = cardsOf(doc);
  const index = cards.toArray().findIndex((card) => card.get('id') === id);
  if (index < 0) return false;
  cards.delete(index, 1);
  return true;
}

/** Sets a card's year; anything outside the cycle clears it. */
export function setCardYear(card: ExperienceCard, year: number | null): void {
  card.set('year', isExperienceYear(year) ? year : null);
}

/** A card's year, or null when unset or not a year of the cycle. */
export function cardYear(card: ExperienceCard): number | null {
  const year = card.get('year');
  return isExperienceYear(year) ? year : null;
}

/**
 * The Y.Text of one field. A card written by an older or foreign client may lack it; it is
 * then created, so a field always has one shared text to bind to.
 */
export function cardText(card: ExperienceCard, field: ExperienceTextField): Y.Text {
  const existing = card.get(field);
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text(typeof existing === 'string' ? existing : '');
  card.set(field, text);
  return text;
}

/** A card as plain data; a missing field reads as empty text. */
export function readCard(card: ExperienceCard): ExperienceCardData {
  const text = (field: ExperienceTextField) => {
    const value = card.get(field);
    return value instanceof Y.Text ? value.toString() : '';
  };
  const id = card.get('id');
  return {
    id: typeof id === 'string' ? id : '',
    year: cardYear(card),
    happened: text('happened'),
    outcome: text('outcome'),
    lesson: text('lesson'),
  };
}

/** Every card as plain data, in the order they were added. */
export function readCards(doc: Y.Doc): ExperienceCardData[] {
  return cardsOf(doc).toArray().map(readCard);
}

/** True for a year of the cycle. */
export function isExperienceYear(value: unknown): value is number {
  return typeof value === 'number' && (EXPERIENCE_YEARS as readonly number[]).includes(value);
}
