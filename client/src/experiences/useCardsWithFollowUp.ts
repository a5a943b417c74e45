/** Every card with its follow-up fields as plain data, live: for the board, timeline and browser. */
import type * as Y from 'yjs';
import { readCardFollowUp } from '../../../shared/experienceFollowUp.js';
import { cardsOf, readCard } from '../../../shared/experiences.js';
import type { CardWithFollowUp } from './experienceGroups.js';
import { useCardsSnapshot } from './useCardsSnapshot.js';

const readAll = (doc: Y.Doc): CardWithFollowUp[] => cardsOf(doc).toArray().map((card) => ({ ...readCard(card), ...readCardFollowUp(card) }));

/** Mounted only while an overview is shown. */
export function useCardsWithFollowUp(doc: Y.Doc): CardWithFollowUp[] {
  return useCardsSnapshot(doc, readAll);
}
