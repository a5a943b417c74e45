/** Every card as plain data, live: for read-only views that show all text. */
import type * as Y from 'yjs';
import { type ExperienceCardData, readCards } from '../../../shared/experiences.js';
import { useCardsSnapshot } from './useCardsSnapshot.js';

/** Re-reads the cards after each change to the section. */
export function useCardsData(doc: Y.Doc): ExperienceCardData[] {
  return useCardsSnapshot(doc, readCards);
}
