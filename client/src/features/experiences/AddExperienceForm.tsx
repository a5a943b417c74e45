/** Adds a card, optionally for a chosen year. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPERIENCE_YEARS } from '../../../../shared/experiences.js';

/** A year picker and an add button. */
export function AddExperienceForm({ onAdd }: { onAdd: (year: number | null) => void }) {
  const { t } = useTranslation();
  const [year, setYear] = useState('');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onAdd(year ? Number(year) : null);
  };

  return (
    <form className="add-experience" onSubmit={handleSubmit}>
      <label htmlFor="new-experience-year">{t('experiences.addForYear')}</label>
      <select id="new-experience-year" value={year} onChange={(event) => setYear(event.target.value)}>
        <option value="">{t('experiences.noYear')}</option>
        {EXPERIENCE_YEARS.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <button type="submit" className="button--primary">
        {t('experiences.add')}
      </button>
    </form>
  );
}
