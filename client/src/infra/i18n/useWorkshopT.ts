/**
 * The translation function for texts Convene writes for the whole room (vote questions, the
 * charter template): in the workshop's language, whatever language this reader's screen is in.
 * That language's catalogues are fetched when this reader's own language is another one; the
 * component renders again once they are here.
 */
import type { TFunction } from 'i18next';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useControl } from '../control/ControlContext.js';
import { isLanguageLoaded, loadLanguage, subscribeToCatalogues } from './addCatalogue.js';

export function useWorkshopT(): TFunction {
  const { i18n } = useTranslation();
  const language = useControl((snapshot) => snapshot.state?.language ?? 'en');
  const loaded = useSyncExternalStore(subscribeToCatalogues, () => isLanguageLoaded(language));
  useEffect(() => {
    if (loaded) return;
    loadLanguage(language).catch((error: unknown) => {
      // Offline before the service worker had the chunk: the room's texts fall back to English.
      console.warn(`The workshop's language (${language}) could not be fetched.`, error);
    });
  }, [language, loaded]);
  return i18n.getFixedT(language);
}
