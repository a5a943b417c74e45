/** Recommendations triage (day 1–2): import, filter, prioritise, claim, comment, cluster, dot-vote. */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type * as Y from 'yjs';
import { can } from '../../../../shared/roles.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { LazyImportPanel } from '../importing/LazyImportPanel.js';
import { usePageSession } from '../../infra/session/SessionContext.js';
import { OnDemand } from '../../infra/ui/OnDemand.js';
import { ClusterManager } from './ClusterManager.js';
import { DotVoteChart } from './DotVoteChart.js';
import { DotVoteControls } from './DotVoteControls.js';
import { HeatMapPanel } from './HeatMapPanel.js';
import { latestDotVote } from './openDotVote.js';
import { recommendationLabel } from './recommendationLabel.js';
import { distinctThemes, distinctValues, filterRecommendations } from './triageFilter.js';
import { TriageFiltersBar } from './TriageFiltersBar.js';
import { sortRecommendations } from './triageSort.js';
import { ThemeSuggestions } from './ThemeSuggestions.js';
import { TriageTable } from './TriageTable.js';
import { createTriageViewStore } from './triageViewStore.js';
import { useClusters } from './useClusters.js';
import { useDotBallot } from './useDotBallot.js';
import { useRecommendationRows } from './useRecommendationRows.js';
import './triage.css';

/** The current review's recommendations; the previous review's are browsed from the experiences. */
export function TriagePanel({ doc, readOnly, canSpotlight = false }: { doc: Y.Doc; readOnly: boolean; canSpotlight?: boolean }) {
  const { t } = useTranslation();
  const session = usePageSession();
  const role = session?.identity.role ?? 'participant';
  const [view] = useState(createTriageViewStore);
  const all = useRecommendationRows(doc);
  const clusters = useClusters(doc);
  const current = useMemo(() => all.filter((r) => r.review === 'current'), [all]);
  const filters = useDeferredValue(useStore(view, (v) => v.filters));
  const sort = useStore(view, (v) => v.sort);
  const ballot = useDotBallot();
  const latest = useControl((snapshot) => latestDotVote(snapshot.state?.votes));
  const counts = latest?.live?.counts ?? latest?.result?.counts;
  const onlyInVote = useStore(view, (v) => v.onlyInVote);
  // During a dot vote the table can show only its options: a vote holds at most 50 of the review's rows.
  const inVote = useMemo(() => (ballot.vote ? new Set(ballot.vote.spec.options ?? []) : null), [ballot.vote]);
  const shown = useMemo(() => {
    const candidates = inVote && onlyInVote ? current.filter((r) => inVote.has(r.key)) : current;
    return sortRecommendations(filterRecommendations(candidates, filters), sort, counts);
  }, [current, inVote, onlyInVote, filters, sort, counts]);
  const themes = useMemo(() => distinctThemes(current), [current]);
  const states = useMemo(() => distinctValues(current, 'recommendingStates'), [current]);
  const byKey = useMemo(() => new Map(all.map((r) => [r.key, r])), [all]);
  const describe = (key: string) => {
    const r = byKey.get(key);
    return r ? recommendationLabel(r) : key;
  };

  return (
    <section className="section triage" aria-labelledby="triage-heading">
      <div className="section__head">
        <h1 id="triage-heading">{t('triage.title')}</h1>
        <p className="section__count">{t('triage.count', { count: current.length })}</p>
      </div>
      <p className="lead">{t('triage.intro')}</p>
      {session && can(role, 'runAgenda') && (
        <OnDemand>
          <LazyImportPanel workshopId={session.workshopId} token={session.token} />
        </OnDemand>
      )}
      {can(role, 'runAgenda') && <DotVoteControls candidateKeys={shown.map((r) => r.key)} open={ballot.vote} latest={latest} />}
      {ballot.vote && can(role, 'vote') && (
        <p className="notice notice--vote" role="status" data-testid="triage-dots-left">
          {ballot.left > 0 ? t('triage.dots.left', { count: ballot.left }) : t('triage.dots.noneLeft')}
        </p>
      )}
      {ballot.error && <p className="notice notice--error" role="alert">{ballot.error}</p>}
      {latest && <DotVoteChart vote={latest} describe={describe} limit={5} />}
      {current.length === 0 ? (
        <p className="empty">{t('triage.empty')}</p>
      ) : (
        <>
          {/* Above the table: with 300 rows, anything below it would never be seen. */}
          <div className="triage__aside">
            <HeatMapPanel recommendations={current} />
            <ClusterManager doc={doc} clusters={clusters} readOnly={readOnly} />
          </div>
          <TriageFiltersBar view={view} themes={themes} states={states} shown={shown.length} total={current.length} voteOptions={inVote?.size ?? null} />
          <ThemeSuggestions inUse={themes} />
          <TriageTable doc={doc} rows={shown} clusters={clusters} view={view} identity={session?.identity ?? null} readOnly={readOnly} ballot={can(role, 'vote') ? ballot : null} canSpotlight={canSpotlight} />
        </>
      )}
    </section>
  );
}
