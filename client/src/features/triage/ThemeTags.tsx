/** A recommendation's themes: the import's (fixed) and participants' tags (removable), and a field to tag another. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/limits.js';
import type { RecommendationEntry } from '../../../../shared/recommendations.js';
import { addThemeTag, effectiveThemes, hasTheme, removeThemeTag, type ThemeTagResult } from '../../../../shared/themeTags.js';
import { THEME_SUGGESTIONS_ID } from './ThemeSuggestions.js';

interface ThemeTagsProps {
  entry: RecommendationEntry;
  /** The imported themes and participants' tags, as read. */
  themes: string[];
  themeTags: string[];
  idPrefix: string;
  readOnly: boolean;
}

/** Chips, then a small form; a refused theme is said in words next to the field. */
export function ThemeTags({ entry, themes, themeTags, idPrefix, readOnly }: ThemeTagsProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [refusal, setRefusal] = useState<Exclude<ThemeTagResult, 'added' | 'empty'> | null>(null);
  const shown = effectiveThemes({ themes, themeTags });
  const full = themeTags.length >= LIMITS.maxThemeTagsPerRecommendation;
  const handleAdd = (event: FormEvent) => {
    event.preventDefault();
    const result = addThemeTag(entry, value);
    setRefusal(result === 'added' || result === 'empty' ? null : result);
    if (result === 'added') setValue('');
  };
  return (
    <div className="theme-tags">
      <h3>{t('triage.themeTags.title')}</h3>
      {shown.length === 0 ? (
        <p className="empty">{t('triage.themeTags.none')}</p>
      ) : (
        <ul className="theme-tags__list">
          {shown.map((theme) => {
            // A theme the import gave stays even when someone also tagged it.
            const imported = hasTheme(themes, theme);
            return (
              <li key={theme} className={imported ? 'chip' : 'chip chip--tagged'}>
                {theme}
                {imported && <span className="visually-hidden"> {t('triage.themeTags.fromImport')}</span>}
                {!imported && !readOnly && (
                  <button type="button" className="button--quiet" aria-label={t('triage.themeTags.remove', { theme })} onClick={() => removeThemeTag(entry, theme)}>
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && (full ? (
        <p className="empty">{t('triage.themeTags.full', { max: LIMITS.maxThemeTagsPerRecommendation })}</p>
      ) : (
        <form className="inline-form" onSubmit={handleAdd}>
          <label htmlFor={`${idPrefix}-theme`}>{t('triage.themeTags.add')}</label>
          <input
            id={`${idPrefix}-theme`}
            list={THEME_SUGGESTIONS_ID}
            value={value}
            maxLength={LIMITS.maxThemeTagLength}
            autoComplete="off"
            aria-describedby={refusal ? `${idPrefix}-theme-refusal` : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setRefusal(null);
            }}
          />
          <button type="submit">{t('triage.themeTags.submit')}</button>
          <p id={`${idPrefix}-theme-refusal`} className="theme-tags__refusal" role="status">
            {refusal && t(`triage.themeTags.refused.${refusal}`, { max: refusal === 'too-long' ? LIMITS.maxThemeTagLength : LIMITS.maxThemeTagsPerRecommendation })}
          </p>
        </form>
      ))}
    </div>
  );
}
