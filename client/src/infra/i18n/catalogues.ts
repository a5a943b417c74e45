/**
 * Every message catalogue, registered one way: each feature's English (the source of keys) and
 * its Mongolian, merged into the `translation` namespace when i18next starts. The English types
 * the keys of `t()` (i18next's `CustomTypeOptions`), so a misspelt key fails the type check.
 */
import { accreditationEn } from '../../features/accreditation/accreditation.en.js';
import { accreditationMn } from '../../features/accreditation/accreditation.mn.js';
import type { accreditationConsoleEn } from '../../features/accreditation/accreditationConsole.en.js';
import { amendmentsEn } from '../../features/charter/amendments/amendments.en.js';
import { amendmentsMn } from '../../features/charter/amendments/amendments.mn.js';
import { entryEn } from '../../features/entry/entry.en.js';
import type { entryConsoleEn } from '../../features/entry/entryConsole.en.js';
import { entryMn } from '../../features/entry/entry.mn.js';
import type { screenEn } from '../../app/projector/screen.en.js';
import type { trackingEn } from '../../features/tracking/tracking.en.js';
import { trackingLinkEn } from '../../features/tracking/trackingLink.en.js';
import { trackingLinkMn } from '../../features/tracking/trackingLink.mn.js';
import type { dialogueEn } from '../../features/dialogue/dialogue.en.js';
import { dialogueJoinEn } from '../../features/dialogue/dialogueJoin.en.js';
import { dialogueJoinMn } from '../../features/dialogue/dialogueJoin.mn.js';
import type { Catalogue } from './Catalogue.js';
import { charterVotesEn } from './charterVotes.en.js';
import { charterVotesMn } from './charterVotes.mn.js';
import { en } from './en.js';
import { mn } from './mn.js';
import { roomLinksEn } from './roomLinks.en.js';
import { roomLinksMn } from './roomLinks.mn.js';
import { uprWorkEn } from './uprWork.en.js';
import { uprWorkMn } from './uprWork.mn.js';

/** One feature's messages in each language offered. */
export interface CataloguePair {
  name: string;
  en: object;
  mn: object;
}

/** The app's catalogues; a feature's catalogue is added here and nowhere else. */
export const CATALOGUES: readonly CataloguePair[] = [
  { name: 'main', en, mn },
  { name: 'UPR work', en: uprWorkEn, mn: uprWorkMn },
  { name: 'charter and votes', en: charterVotesEn, mn: charterVotesMn },
  { name: 'amendments', en: amendmentsEn, mn: amendmentsMn },
  { name: 'links, rejoining and the console', en: roomLinksEn, mn: roomLinksMn },
  { name: 'the way into implementation tracking', en: trackingLinkEn, mn: trackingLinkMn },
  { name: 'entry, badges and attendance', en: entryEn, mn: entryMn },
  { name: 'invitation list and waiting list', en: accreditationEn, mn: accreditationMn },
  { name: 'joining a dialogue day', en: dialogueJoinEn, mn: dialogueJoinMn },
];

/** Every message of the `translation` namespace, as the English catalogues name them. */
export type Messages = Catalogue<
  typeof en &
    typeof uprWorkEn &
    typeof charterVotesEn &
    typeof amendmentsEn &
    typeof roomLinksEn &
    typeof screenEn &
    typeof trackingLinkEn &
    typeof dialogueJoinEn &
    // Loaded with their screens (`features/tracking/trackingCatalogue.ts`, `features/dialogue/dialogueCatalogue.ts`, `features/entry/entryConsoleCatalogue.ts`, `features/accreditation/accreditationConsoleCatalogue.ts`, `app/projector/screenCatalogue.ts`), typed here with the rest.
    typeof trackingEn &
    typeof dialogueEn &
    typeof entryConsoleEn &
    typeof accreditationConsoleEn &
    typeof entryEn &
    typeof accreditationEn
>;

/** One language's catalogues merged; the catalogue test holds that no two claim the same section. */
export function translation(language: 'en' | 'mn'): Messages {
  return Object.assign({}, ...CATALOGUES.map((pair) => pair[language])) as Messages;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
