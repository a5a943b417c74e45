/**
 * i18next set-up: English bundled, Mongolian fetched when it is wanted, the choice remembered on
 * this device. Which catalogues exist is `catalogues.ts`'s business; when each arrives, `addCatalogue.ts`'s.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStored, writeStored } from '../auth/tokenStore.js';
import { addCatalogue, loadLanguage, type LanguageCode } from './addCatalogue.js';
import { ENGLISH, loadMongolian, translation } from './catalogues.js';

export type { LanguageCode };

/** The languages offered, each named in its own language for the switch. */
export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'mn', label: 'Монгол' },
] as const satisfies readonly { code: LanguageCode; label: string }[];

const STORAGE_KEY = 'convene:language';

function isLanguage(value: string | null): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

/** The stored choice, else the browser's preference when offered, else English. */
function initialLanguage(): LanguageCode {
  const stored = readStored(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const preferred = navigator.language.slice(0, 2);
  return isLanguage(preferred) ? preferred : 'en';
}

/** Shows `code`, whose catalogues are here, and tells assistive technology through `<html lang>`. */
async function show(code: LanguageCode): Promise<void> {
  await i18next.changeLanguage(code);
  document.documentElement.lang = code;
}

/**
 * Starts i18next with the bundled English, then fetches the reader's language when it is another
 * one: render once this resolves and the first paint is in the right language. Never rejects: a
 * language that cannot be fetched leaves the page in English, and the stored choice is tried
 * again on the next load of the page.
 */
export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    // Languages arrive through addResourceBundle: i18next must not expect them all at init.
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes already.
    // A catalogue that arrives after its words were shown (a fetch that outlived the wait in
    // infra/ui/lazy.ts) re-renders them rather than leaving them in English.
    react: { bindI18nStore: 'added' },
    initAsync: false,
  });
  await addCatalogue({ name: 'first visit', en: translation(ENGLISH), mn: async () => translation(await loadMongolian()) });
  const language = initialLanguage();
  try {
    await loadLanguage(language);
    await show(language);
  } catch (error) {
    console.warn(`The ${language} catalogues could not be fetched; the page opens in English.`, error);
    await show('en');
  }
}

let latestChoice = 0;

/**
 * Remembers the choice, then switches once its catalogues are here (fetched the first time: from
 * the service worker's precache when offline) and updates `<html lang>`. Rejects, the page left
 * in its language, when they cannot be fetched: the browser keeps a failed module import for the
 * page's life, so the next try is a reload, which opens in the remembered choice. Of two quick
 * choices, the later one wins.
 */
export async function setLanguage(code: LanguageCode): Promise<void> {
  const choice = ++latestChoice;
  writeStored(STORAGE_KEY, code);
  await loadLanguage(code);
  if (choice !== latestChoice) return;
  await show(code);
}
