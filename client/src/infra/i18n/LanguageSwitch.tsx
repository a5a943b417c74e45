/** The language picker in every page header. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type LanguageCode } from './i18n.js';

/** A labelled select; the choice persists across reloads. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select
        value={i18n.resolvedLanguage ?? 'en'}
        onChange={(event) => setLanguage(event.target.value as LanguageCode)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>
    </label>
  );
}
