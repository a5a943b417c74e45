/** The filter, sort and grouping controls above the triage table. */
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { RESPONSES, type RecommendationResponse } from '../../../../shared/recommendations.js';
import { hasTheme } from '../../../../shared/themeTags.js';
import { setFilters, type TriageViewStore } from './triageViewStore.js';
import { SORT_KEYS, type SortKey } from './triageSort.js';

interface TriageFiltersBarProps {
  view: TriageViewStore;
  themes: string[];
  states: string[];
  shown: number;
  total: number;
  /** The open dot vote's number of options, or null when no dot vote is open. */
  voteOptions: number | null;
}

/** Labelled controls; the count is announced politely as filters change. */
export function TriageFiltersBar({ view, themes, states, shown, total, voteOptions }: TriageFiltersBarProps) {
  const { t } = useTranslation();
  const { filters, sort, groupByCluster, onlyInVote } = useStore(view);
  // A tag removed by someone else while it filters this table stays listed, so the menu says what is applied.
  const themeOptions = filters.theme && !hasTheme(themes, filters.theme) ? [...themes, filters.theme] : themes;
  return (
    <form className="triage-filters" role="search" aria-label={t('triage.filters')} onSubmit={(event) => event.preventDefault()}>
      <div className="field triage-filters__text">
        <label htmlFor="triage-text">{t('triage.search')}</label>
        <input id="triage-text" type="search" value={filters.text} onChange={(event) => setFilters(view, { text: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="triage-theme">{t('triage.theme')}</label>
        <select id="triage-theme" value={filters.theme} onChange={(event) => setFilters(view, { theme: event.target.value })}>
          <option value="">{t('triage.any')}</option>
          {themeOptions.map((theme) => (
            <option key={theme} value={theme}>{theme}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="triage-position">{t('triage.position')}</label>
        <select
          id="triage-position"
          value={filters.position}
          onChange={(event) => setFilters(view, { position: event.target.value as RecommendationResponse | '' })}
        >
          <option value="">{t('triage.any')}</option>
          {RESPONSES.map((response) => (
            <option key={response} value={response}>{t(`triage.responses.${response}`)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="triage-state">{t('triage.state')}</label>
        <select id="triage-state" value={filters.state} onChange={(event) => setFilters(view, { state: event.target.value })}>
          <option value="">{t('triage.any')}</option>
          {states.map((state) => (
            <option key={state} value={state}>{state}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="triage-sort">{t('triage.sortBy')}</label>
        <select id="triage-sort" value={sort} onChange={(event) => view.setState({ sort: event.target.value as SortKey })}>
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>{t(`triage.sort.${key}`)}</option>
          ))}
        </select>
      </div>
      <label className="triage-filters__check">
        <input type="checkbox" checked={groupByCluster} onChange={(event) => view.setState({ groupByCluster: event.target.checked })} />
        {t('triage.groupByCluster')}
      </label>
      {voteOptions !== null && (
        <label className="triage-filters__check">
          <input type="checkbox" checked={onlyInVote} onChange={(event) => view.setState({ onlyInVote: event.target.checked })} />
          {t('triage.dots.onlyInVote', { count: voteOptions })}
        </label>
      )}
      <p className="triage-filters__count" role="status" data-testid="triage-count">
        {t('triage.shown', { shown, total })}
      </p>
    </form>
  );
}
