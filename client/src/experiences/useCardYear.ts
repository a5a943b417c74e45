/** One card's year, live. */
import { cardYear, type ExperienceCard } from '../../../shared/experiences.js';
import { shallowChanges, type SnapshotSpec } from '../collab/SnapshotStore.js';
import { useYjsSnapshot } from '../collab/useYjsSnapshot.js';

const year: SnapshotSpec<ExperienceCard, number | null> = { watch: shallowChanges((card: ExperienceCard) => card), read: cardYear };

/** Re-renders when the card's year changes, wherever the change came from. */
export function useCardYear(card: ExperienceCard): number | null {
  return useYjsSnapshot(card, year);
}
