/** i18next set-up: English and Mongolian, the choice remembered on this device. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStored, writeStored } from '../auth/tokenStore.js';
import { translation } from './catalogues.js';

/** The languages offered, each named in its own language for the switch. */
export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'mn', label: 'Монгол' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

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

/** Starts i18next synchronously (resources are bundled), so the first render is translated. */
export function initI18n(): void {
  const lng = initialLanguage();
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources: {
      en: { translation: translation('en') },
      mn: { translation: translation('mn') },
    },
    interpolation: { escapeValue: false }, // React escapes already.
    initAsync: false,
  });
  document.documentElement.lang = lng;
}

/** Switches language, remembers it and tells assistive technology through `<html lang>`. */
export function setLanguage(code: LanguageCode): void {
  writeStored(STORAGE_KEY, code);
  document.documentElement.lang = code;
  void i18next.changeLanguage(code);
}
