/** One card's year, live. */
import { useCallback, useSyncExternalStore } from 'react';
import { cardYear, type ExperienceCard } from '../../../shared/experiences.js';

/** Re-renders when the card's year changes, wherever the change came from. */
export function useCardYear(card: ExperienceCard): number | null {
  const subscribe = useCallback(
    (notify: () => void) => {
      card.observe(notify);
      return () => card.unobserve(notify);
    },
    [card],
  );
  return useSyncExternalStore(subscribe, () => cardYear(card));
}
