/** "Cite a recommendation": search the review's recommendations and insert one at the cursor, reference linked. */
import type { Editor } from '@tiptap/react';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recommendationLabel } from '../triage/recommendationLabel.js';
import { useRecommendationCandidates } from '../rows/useRecommendationCandidates.js';
import { citationContent } from './citation.js';
import { citationCandidates } from './citationCandidates.js';
import { usePlannedRecommendations } from './usePlannedRecommendations.js';

/** Results are buttons, so keyboard users tab through them; inserting returns focus to the text. */
export function CitationPicker({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const id = useId();
  const { candidates } = useRecommendationCandidates('current');
  const planned = usePlannedRecommendations();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useMemo(() => citationCandidates(candidates, planned, deferred), [candidates, planned, deferred]);

  return (
    <section className="charter-cite" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('charter.cite.title')}</h3>
      <p className="hint">{t('charter.cite.hint')}</p>
      {candidates.length === 0 ? (
        <p className="empty">{t('charter.cite.none')}</p>
      ) : (
        <>
          <label htmlFor={`${id}-search`}>{t('charter.cite.search')}</label>
          <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
          {!deferred.trim() && results.length > 0 && <p className="hint">{t('charter.cite.suggested')}</p>}
          <ul className="charter-cite__results">
            {results.map((r) => (
              <li key={r.key}>
                <button
                  type="button"
                  className="button--quiet charter-cite__result"
                  aria-label={t('charter.cite.insert', { label: recommendationLabel(r, 60) })}
                  onClick={() => {
                    editor.chain().focus().insertContent(citationContent(r)).run();
                    setQuery('');
                  }}
                >
                  {recommendationLabel(r, 90)}
                  <span className="hint">
                    {planned.has(r.key) && ` — ${t('charter.cite.inPlan')}`}
                    {r.priority && ` — ${t('charter.cite.priority', { priority: t(`triage.priorities.${r.priority}`) })}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {deferred.trim() && results.length === 0 && <p className="hint">{t('charter.cite.noMatch')}</p>}
        </>
      )}
    </section>
  );
}
