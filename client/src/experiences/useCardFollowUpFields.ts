/** A card's links, assessment and themes, live; the evidence text binds itself. */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { type Assessment, readCardFollowUp } from '../../../shared/experienceFollowUp.js';
import type { ExperienceCard } from '../../../shared/experiences.js';

export interface CardFollowUpFields {
  recommendationKeys: string[];
  assessment: Assessment | null;
  themes: string[];
}

const read = (card: ExperienceCard): CardFollowUpFields => {
  const { recommendationKeys, assessment, themes } = readCardFollowUp(card);
  return { recommendationKeys, assessment, themes };
};
const same = (a: CardFollowUpFields, b: CardFollowUpFields) =>
  a.assessment === b.assessment && a.recommendationKeys.join('\n') === b.recommendationKeys.join('\n') && a.themes.join('\n') === b.themes.join('\n');

/** Ignores typing in the card's texts: those changes come as Y.Text events and leave the snapshot as it is. */
export function useCardFollowUpFields(card: ExperienceCard): CardFollowUpFields {
  const snapshot = useRef(read(card));
  const subscribe = useCallback(
    (notify: () => void) => {
      const handleChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
        if (events.every((event) => event.target instanceof Y.Text)) return;
        const next = read(card);
        if (same(next, snapshot.current)) return;
        snapshot.current = next;
        notify();
      };
      card.observeDeep(handleChange);
      snapshot.current = read(card);
      return () => card.unobserveDeep(handleChange);
    },
    [card],
  );
  return useSyncExternalStore(subscribe, () => snapshot.current);
}
