/** The organisations that will lead on a recommendation: claim yours, add another, remove. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addLeadOrganisation, type RecommendationEntry, removeLeadOrganisation } from '../../../../shared/recommendations.js';

interface LeadOrganisationsProps {
  entry: RecommendationEntry;
  leads: string[];
  /** The reader's organisation, from the server's identity; null for the facilitator without one. */
  myOrganisation: string | null;
  idPrefix: string;
  readOnly: boolean;
}

/** A list with remove buttons and a small form. */
export function LeadOrganisations({ entry, leads, myOrganisation, idPrefix, readOnly }: LeadOrganisationsProps) {
  const { t } = useTranslation();
  const [other, setOther] = useState('');
  const handleAdd = (event: FormEvent) => {
    event.preventDefault();
    const name = other.trim();
    if (name) addLeadOrganisation(entry, name);
    setOther('');
  };
  return (
    <div className="leads">
      <h3>{t('triage.leads.title')}</h3>
      {leads.length === 0 ? (
        <p className="empty">{t('triage.leads.none')}</p>
      ) : (
        <ul className="leads__list">
          {leads.map((lead) => (
            <li key={lead}>
              {lead}
              {!readOnly && (
                <button type="button" className="button--quiet" aria-label={t('triage.leads.remove', { organisation: lead })} onClick={() => removeLeadOrganisation(entry, lead)}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="actions">
          {myOrganisation && !leads.includes(myOrganisation) && (
            <button type="button" onClick={() => addLeadOrganisation(entry, myOrganisation)}>
              {t('triage.leads.claim', { organisation: myOrganisation })}
            </button>
          )}
          <form className="inline-form" onSubmit={handleAdd}>
            <label htmlFor={`${idPrefix}-lead`}>{t('triage.leads.other')}</label>
            <input id={`${idPrefix}-lead`} value={other} onChange={(event) => setOther(event.target.value)} />
            <button type="submit">{t('triage.leads.add')}</button>
          </form>
        </div>
      )}
    </div>
  );
}
