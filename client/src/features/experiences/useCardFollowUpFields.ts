/** A card's links, assessment and themes, live; the evidence text binds itself. */
import * as Y from 'yjs';
import { type Assessment, readCardFollowUp } from '../../../../shared/experienceFollowUp.js';
import type { ExperienceCard } from '../../../../shared/experiences.js';
import type { SnapshotSpec } from '../../infra/collab/SnapshotStore.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';

export interface CardFollowUpFields {
  recommendationKeys: string[];
  assessment: Assessment | null;
  themes: string[];
}

const followUpFields: SnapshotSpec<ExperienceCard, CardFollowUpFields> = {
  /** Ignores typing in the card's texts: those changes come as Y.Text events alone. */
  watch: (card, onChange) => {
    const handleChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
      if (!events.every((event) => event.target instanceof Y.Text)) onChange();
    };
    card.observeDeep(handleChange);
    return () => card.unobserveDeep(handleChange);
  },
  read: (card) => {
    const { recommendationKeys, assessment, themes } = readCardFollowUp(card);
    return { recommendationKeys, assessment, themes };
  },
  same: (a, b) =>
    a.assessment === b.assessment && a.recommendationKeys.join('\n') === b.recommendationKeys.join('\n') && a.themes.join('\n') === b.themes.join('\n'),
};

/** The follow-up fields of one card. */
export function useCardFollowUpFields(card: ExperienceCard): CardFollowUpFields {
  return useYjsSnapshot(card, followUpFields);
}
