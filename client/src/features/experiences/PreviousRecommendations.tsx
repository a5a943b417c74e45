/** The previous review's recommendations, searchable, with the assessments the room's cards gathered so far. */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ASSESSMENTS } from '../../../../shared/experienceFollowUp.js';
import { can } from '../../../../shared/roles.js';
import { LazyImportPanel } from '../importing/LazyImportPanel.js';
import { usePageSession } from '../../infra/session/SessionContext.js';
import { useRecommendationCandidates } from '../rows/useRecommendationCandidates.js';
import { filterRecommendations, NO_FILTERS } from '../triage/triageFilter.js';
import { OnDemand } from '../../infra/ui/OnDemand.js';
import { assessmentsByRecommendation } from './experienceGroups.js';
import { useCardsWithFollowUp } from './useCardsWithFollowUp.js';

/** A table; "assessed only" narrows it to what the cards speak about. */
export function PreviousRecommendations({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const session = usePageSession();
  const cards = useCardsWithFollowUp(doc);
  const { candidates } = useRecommendationCandidates('previous');
  const [query, setQuery] = useState('');
  const [assessedOnly, setAssessedOnly] = useState(false);
  const text = useDeferredValue(query);
  const assessments = useMemo(() => assessmentsByRecommendation(cards), [cards]);
  const shown = filterRecommendations(candidates, { ...NO_FILTERS, text }).filter((r) => !assessedOnly || assessments.has(r.key));
  return (
    <div className="previous-recommendations">
      {session && can(session.identity.role, 'runAgenda') && (
        <OnDemand>
          <LazyImportPanel workshopId={session.workshopId} token={session.token} defaultCycle="previous" />
        </OnDemand>
      )}
      <div className="triage-filters">
        <div className="field triage-filters__text">
          <label htmlFor="previous-search">{t('triage.search')}</label>
          <input id="previous-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
        <label className="triage-filters__check">
          <input type="checkbox" checked={assessedOnly} onChange={(event) => setAssessedOnly(event.target.checked)} />
          {t('followUp.assessedOnly')}
        </label>
        <p className="triage-filters__count" role="status">{t('triage.shown', { shown: shown.length, total: candidates.length })}</p>
      </div>
      {candidates.length === 0 ? (
        <p className="empty">{t('followUp.noPrevious')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('followUp.previousCaption')}>
          <table className="triage-table">
            <caption className="visually-hidden">{t('followUp.previousCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('triage.columns.ref')}</th>
                <th scope="col">{t('triage.columns.text')}</th>
                <th scope="col">{t('triage.columns.states')}</th>
                <th scope="col">{t('triage.columns.position')}</th>
                <th scope="col">{t('followUp.assessment')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const counts = assessments.get(r.key);
                return (
                  <tr key={r.key}>
                    <th scope="row">{r.ref ?? '—'}</th>
                    <td>{r.text}</td>
                    <td>{r.recommendingStates.join(', ')}</td>
                    <td>{t(`triage.responses.${r.response}`)}</td>
                    <td>
                      {counts
                        ? [...ASSESSMENTS, 'unassessed' as const]
                            .filter((a) => counts[a])
                            .map((a) => `${a === 'unassessed' ? t('followUp.notAssessed') : t(`followUp.assessments.${a}`)}: ${counts[a]}`)
                            .join(', ')
                        : '—'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
