/**
 * Adds a catalogue that loads with its screen rather than with the first visit (the bytes a phone
 * on the venue Wi-Fi fetches before it can join). Idempotent. Apart from `i18n.ts` so that the
 * screens importing it do not pull the set-up, and its catalogues, into a chunk of their own.
 */
import i18next from 'i18next';
import type { CataloguePair } from './catalogues.js';

export function addCatalogue(pair: CataloguePair): void {
  for (const language of ['en', 'mn'] as const) i18next.addResourceBundle(language, 'translation', pair[language], true, false);
}
