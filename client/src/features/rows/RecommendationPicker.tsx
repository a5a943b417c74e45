/** Links to recommendations: the linked ones as chips, and a search (text, paragraph, state) to add more. */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationData } from '../../../../shared/recommendations.js';
import { recommendationLabel } from '../triage/recommendationLabel.js';
import { filterRecommendations, NO_FILTERS } from '../triage/triageFilter.js';

/** Results are capped: a picker is for finding one, not reading all. */
const MAX_RESULTS = 8;

interface RecommendationPickerProps {
  candidates: RecommendationData[];
  selected: string[];
  onChange: (key: string, linked: boolean) => void;
  idPrefix: string;
  label: string;
  readOnly: boolean;
}

/** A labelled search field whose results are buttons, so keyboard users tab through them. */
export function RecommendationPicker({ candidates, selected, onChange, idPrefix, label, readOnly }: RecommendationPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const byKey = useMemo(() => new Map(candidates.map((r) => [r.key, r])), [candidates]);
  const results = useMemo(
    () => (deferred.trim() ? filterRecommendations(candidates, { ...NO_FILTERS, text: deferred }).filter((r) => !selected.includes(r.key)).slice(0, MAX_RESULTS) : []),
    [candidates, deferred, selected],
  );
  return (
    <div className="picker">
      <p className="picker__label">{label}</p>
      {selected.length === 0 ? (
        <p className="empty">{t('rows.noLinks')}</p>
      ) : (
        <ul className="picker__chips">
          {selected.map((key) => {
            const r = byKey.get(key);
            return (
              <li key={key} className="chip" title={r?.text}>
                {r ? recommendationLabel(r, 50) : key}
                {!readOnly && (
                  <button type="button" className="button--quiet" aria-label={t('rows.unlink', { label: r ? recommendationLabel(r, 30) : key })} onClick={() => onChange(key, false)}>
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && (
        <>
          <label htmlFor={`${idPrefix}-search`} className="picker__search-label">{t('rows.searchRecommendations')}</label>
          <input id={`${idPrefix}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
          {results.length > 0 && (
            <ul className="picker__results">
              {results.map((r) => (
                <li key={r.key}>
                  <button
                    type="button"
                    className="button--quiet picker__result"
                    onClick={() => {
                      onChange(r.key, true);
                      setQuery('');
                    }}
                  >
                    {recommendationLabel(r, 90)}
                    <span className="hint"> — {r.recommendingStates.join(', ')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {deferred.trim() && results.length === 0 && <p className="hint">{t('rows.noMatch')}</p>}
        </>
      )}
    </div>
  );
}
