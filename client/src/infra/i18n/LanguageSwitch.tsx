/** The language picker in every page header. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type LanguageCode } from './i18n.js';

/**
 * A labelled select; the choice persists across reloads. A language fetched on first use shows
 * as chosen while it arrives; when it cannot be fetched (offline before the service worker had
 * it) the page stays as it was, says so and offers the reload that tries again.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [pending, setPending] = useState<LanguageCode | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef<LanguageCode | null>(null);

  function handleChange(code: LanguageCode) {
    latest.current = code;
    setPending(code);
    setFailed(false);
    setLanguage(code).then(
      () => {
        if (latest.current === code) setPending(null);
      },
      (error: unknown) => {
        console.warn(`The ${code} catalogues could not be fetched.`, error);
        if (latest.current !== code) return;
        setPending(null);
        setFailed(true);
      },
    );
  }

  return (
    <>
      <label className="language-switch">
        <span>{t('app.language')}</span>
        <select
          value={pending ?? i18n.resolvedLanguage ?? 'en'}
          aria-busy={pending !== null}
          onChange={(event) => handleChange(event.target.value as LanguageCode)}
        >
          {LANGUAGES.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.label}
            </option>
          ))}
        </select>
      </label>
      {failed && (
        <p className="language-switch__failed" role="alert">
          {t('app.languageUnavailable')}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t('app.reload')}
          </button>
        </p>
      )}
    </>
  );
}
