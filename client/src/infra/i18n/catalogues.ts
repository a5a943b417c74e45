/**
 * Every catalogue of the first visit, registered one way: each feature's English (the source of
 * keys) here, bundled, and its Mongolian in `catalogues.mn.ts`, one small chunk fetched the first
 * time Mongolian is needed (a first visit in English never downloads it). The English types the
 * keys of `t()` (i18next's `CustomTypeOptions`), so a misspelt key fails the type check, and
 * `Translations` makes a Mongolian set missing a catalogue, or a key, fail it too.
 */
import { accreditationEn } from '../../features/accreditation/accreditation.en.js';
import type { accreditationConsoleEn } from '../../features/accreditation/accreditationConsole.en.js';
import { amendmentsEn } from '../../features/charter/amendments/amendments.en.js';
import { entryEn } from '../../features/entry/entry.en.js';
import type { entryConsoleEn } from '../../features/entry/entryConsole.en.js';
import type { screenEn } from '../../app/projector/screen.en.js';
import type { trackingEn } from '../../features/tracking/tracking.en.js';
import { trackingLinkEn } from '../../features/tracking/trackingLink.en.js';
import type { dialogueEn } from '../../features/dialogue/dialogue.en.js';
import { dialogueJoinEn } from '../../features/dialogue/dialogueJoin.en.js';
import type { Catalogue } from './Catalogue.js';
import { isPacked, unpack } from './packedCatalogue.js';
import { charterVotesEn } from './charterVotes.en.js';
import { en } from './en.js';
import { roomLinksEn } from './roomLinks.en.js';
import { uprWorkEn } from './uprWork.en.js';

/**
 * The first visit's catalogues in English, by name; a feature's catalogue is added here and, in
 * Mongolian, under the same name in `catalogues.mn.ts` (the type check holds the two together).
 */
export const ENGLISH = {
  main: en,
  'UPR work': uprWorkEn,
  'charter and votes': charterVotesEn,
  amendments: amendmentsEn,
  'links, rejoining and the console': roomLinksEn,
  'the way into implementation tracking': trackingLinkEn,
  'entry, badges and attendance': entryEn,
  'invitation list and waiting list': accreditationEn,
  'joining a dialogue day': dialogueJoinEn,
};

/** What another language's set must be: every catalogue of `ENGLISH`, each with exactly its keys. */
export type Translations = { [Name in keyof typeof ENGLISH]: Catalogue<(typeof ENGLISH)[Name]> };

/**
 * Fetches the first visit's Mongolian (precached by the service worker, so it works offline too).
 * The build ships it as messages only (`scripts/packCatalogue.ts`), rebuilt here on the English keys.
 */
export async function loadMongolian(): Promise<Translations> {
  const fetched: unknown = (await import('./catalogues.mn.js')).MONGOLIAN;
  return isPacked(fetched) ? unpack(ENGLISH, fetched) : (fetched as Translations);
}

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

/** One language's set merged into one bundle; the catalogue test holds that no two claim the same section. */
export function translation(catalogues: Translations): Messages {
  return Object.assign({}, ...Object.values(catalogues)) as Messages;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
