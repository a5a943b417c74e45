/** One card's year, live. */
import { cardYear, type ExperienceCard } from '../../../../shared/experiences.js';
import { shallowChanges, type SnapshotSpec } from '../../infra/collab/SnapshotStore.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';

const year: SnapshotSpec<ExperienceCard, number | null> = { watch: shallowChanges((card: ExperienceCard) => card), read: cardYear };

/** Re-renders when the card's year changes, wherever the change came from. */
export function useCardYear(card: ExperienceCard): number | null {
  return useYjsSnapshot(card, year);
}
