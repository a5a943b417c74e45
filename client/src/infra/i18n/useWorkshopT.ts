/**
 * The translation function for texts Convene writes for the whole room (vote questions, the
 * charter template): in the workshop's language, whatever language this reader's screen is in.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useControl } from '../control/ControlContext.js';

export function useWorkshopT(): TFunction {
  const { i18n } = useTranslation();
  const language = useControl((snapshot) => snapshot.state?.language ?? 'en');
  return i18n.getFixedT(language);
}
