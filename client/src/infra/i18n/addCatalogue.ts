/**
 * Catalogues at run time. Each one's English is added at once (it is bundled); its Mongolian is
 * fetched, a chunk of its own, the first time Mongolian is wanted — the reader's choice, or the
 * workshop's language for the texts written for the room — so the first visit and each screen
 * loaded on demand carry one language unless a second is needed. Apart from `i18n.ts` so that
 * the screens importing it do not pull the set-up, and its catalogues, into a chunk of their own.
 */
import i18next from 'i18next';
import type { Catalogue } from './Catalogue.js';

/** The languages offered: English is bundled and the fallback, the others are fetched. */
export type LanguageCode = 'en' | 'mn';
type FetchedLanguage = Exclude<LanguageCode, 'en'>;

/** One catalogue: its English, and its Mongolian as a loader (`() => import(…)`) typed against it. */
export interface CatalogueLoader<English extends object> {
  name: string;
  en: English;
  mn: () => Promise<Catalogue<English>>;
}

interface Registered {
  name: string;
  load: Record<FetchedLanguage, () => Promise<object>>;
  /** Languages whose messages are in i18next's store. */
  loaded: Set<FetchedLanguage>;
  /**
   * One fetch per language at a time; a failed one is forgotten so the next need asks again
   * (Chromium answers a failed module import from memory for the page's life: a reload retries).
   */
  fetching: Map<FetchedLanguage, Promise<void>>;
}

const registered: Registered[] = [];
/** Languages some reader or the workshop asked for: catalogues added later fetch them too. */
const wanted = new Set<FetchedLanguage>();
const listeners = new Set<() => void>();

function fetchInto(catalogue: Registered, language: FetchedLanguage): Promise<void> {
  const fetching = catalogue.fetching.get(language);
  if (fetching) return fetching;
  const fetched = catalogue.load[language]().then(
    (messages) => {
      i18next.addResourceBundle(language, 'translation', messages, true, false);
      catalogue.loaded.add(language);
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      catalogue.fetching.delete(language);
      throw error;
    },
  );
  catalogue.fetching.set(language, fetched);
  return fetched;
}

/**
 * Adds a catalogue: its English now, its Mongolian too when Mongolian is wanted. Called when a
 * screen's module loads, not awaited there: a top-level await would turn off the bundler's chunk
 * merging for the whole app (about 5 KiB more on the first visit); `infra/ui/lazy.ts` waits
 * instead. Idempotent. Never rejects: a Mongolian that cannot be fetched leaves the screen's words
 * in English rather than failing it.
 */
export async function addCatalogue<English extends object>(catalogue: CatalogueLoader<English>): Promise<void> {
  if (registered.some((entry) => entry.name === catalogue.name)) return;
  i18next.addResourceBundle('en', 'translation', catalogue.en, true, false);
  const entry: Registered = { name: catalogue.name, load: { mn: catalogue.mn }, loaded: new Set(), fetching: new Map() };
  registered.push(entry);
  for (const language of wanted) {
    try {
      await fetchInto(entry, language);
    } catch (error) {
      console.warn(`The "${catalogue.name}" catalogue could not be fetched in ${language}; English stands in.`, error);
    }
  }
}

/** Fetches every catalogue, added or still to come, in `language`; rejects when one cannot be fetched. */
export async function loadLanguage(language: LanguageCode): Promise<void> {
  if (language === 'en') return;
  wanted.add(language);
  await Promise.all(registered.map((entry) => fetchInto(entry, language)));
}

/**
 * Settles once every catalogue fetch under way has, failed ones included: a screen loaded on
 * demand waits for it (`infra/ui/lazy.ts`), so it shows its words in the reader's language from
 * its first paint rather than in English for the length of one request.
 */
export async function cataloguesSettled(): Promise<void> {
  await Promise.allSettled(registered.flatMap((entry) => [...entry.fetching.values()]));
}

/** Whether every catalogue added so far is in i18next's store in `language`. */
export function isLanguageLoaded(language: LanguageCode): boolean {
  return language === 'en' || registered.every((entry) => entry.loaded.has(language));
}

/** Calls `listener` each time a catalogue arrives; returns the unsubscribe (for `useSyncExternalStore`). */
export function subscribeToCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
