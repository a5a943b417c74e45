/** A card's themes: chips to remove, a field (with the room's known themes offered) to add. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ThemesEditorProps {
  themes: string[];
  suggestions: string[];
  onChange: (theme: string, listed: boolean) => void;
  idPrefix: string;
  readOnly: boolean;
}

/** Suggestions come through a datalist, so any theme can still be typed. */
export function ThemesEditor({ themes, suggestions, onChange, idPrefix, readOnly }: ThemesEditorProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const handleAdd = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onChange(value.trim(), true);
    setValue('');
  };
  return (
    <div className="themes-editor">
      <p className="picker__label">{t('followUp.themes')}</p>
      {themes.length > 0 && (
        <ul className="picker__chips">
          {themes.map((theme) => (
            <li key={theme} className="chip chip--theme">
              {theme}
              {!readOnly && (
                <button type="button" className="button--quiet" aria-label={t('followUp.removeTheme', { theme })} onClick={() => onChange(theme, false)}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="inline-form" onSubmit={handleAdd}>
          <label htmlFor={`${idPrefix}-theme`} className="visually-hidden">{t('followUp.addTheme')}</label>
          <input id={`${idPrefix}-theme`} list={`${idPrefix}-themes`} value={value} placeholder={t('followUp.addTheme')} onChange={(event) => setValue(event.target.value)} />
          <datalist id={`${idPrefix}-themes`}>
            {suggestions.map((theme) => (
              <option key={theme} value={theme} />
            ))}
          </datalist>
          <button type="submit">{t('followUp.add')}</button>
        </form>
      )}
    </div>
  );
}
