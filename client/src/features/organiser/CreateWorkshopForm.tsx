/** Title, country and dates of a new workshop. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateWorkshopRequest } from '../../../../shared/api.js';
import { LIMITS } from '../../../../shared/limits.js';
import { isWorkshopLanguage, type WorkshopLanguage } from '../../../../shared/workshopLanguage.js';
import { LANGUAGES } from '../../infra/i18n/i18n.js';

interface CreateWorkshopFormProps {
  busy: boolean;
  onCreate: (input: CreateWorkshopRequest) => void;
}

/** Checks the date order before sending; the server checks everything again. */
export function CreateWorkshopForm({ busy, onCreate }: CreateWorkshopFormProps) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [country, setCountry] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [language, setLanguage] = useState<WorkshopLanguage>(isWorkshopLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');
  const datesWrong = Boolean(startsOn && endsOn && endsOn < startsOn);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (datesWrong) return;
    onCreate({
      title: title.trim(),
      country: country.trim() || undefined,
      startsOn: startsOn || undefined,
      endsOn: endsOn || undefined,
      language,
    });
  };

  return (
    <form className="panel form" onSubmit={handleSubmit} aria-labelledby="new-workshop-heading">
      <h2 id="new-workshop-heading">{t('organiser.newWorkshop')}</h2>
      <div className="field">
        <label htmlFor="workshop-title">{t('organiser.workshopTitle')}</label>
        <input id="workshop-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={LIMITS.maxTitleLength} />
      </div>
      <div className="field">
        <label htmlFor="workshop-country">{t('organiser.country')}</label>
        <input id="workshop-country" value={country} onChange={(e) => setCountry(e.target.value)} maxLength={LIMITS.maxTitleLength} autoComplete="country-name" />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="workshop-starts">{t('organiser.startsOn')}</label>
          <input id="workshop-starts" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="workshop-ends">{t('organiser.endsOn')}</label>
          <input
            id="workshop-ends"
            type="date"
            value={endsOn}
            min={startsOn || undefined}
            onChange={(e) => setEndsOn(e.target.value)}
            aria-invalid={datesWrong}
            aria-describedby={datesWrong ? 'workshop-dates-error' : undefined}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="workshop-language">{t('workshopLanguage.label')}</label>
        <select id="workshop-language" value={language} onChange={(e) => setLanguage(e.target.value as WorkshopLanguage)} aria-describedby="workshop-language-hint">
          {LANGUAGES.map((entry) => (
            <option key={entry.code} value={entry.code}>{entry.label}</option>
          ))}
        </select>
        <p id="workshop-language-hint" className="hint">{t('workshopLanguage.hint')}</p>
      </div>
      {datesWrong && (
        <p id="workshop-dates-error" className="notice notice--error">
          {t('organiser.datesOrder')}
        </p>
      )}
      <button type="submit" className="button--primary" disabled={busy || datesWrong}>
        {busy ? t('organiser.creating') : t('organiser.create')}
      </button>
    </form>
  );
}
