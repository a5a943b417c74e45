/** What one reader has chosen to see in the triage table: filters, order, grouping, opened rows. */
import { createStore } from 'zustand/vanilla';
import { NO_FILTERS, type TriageFilters } from './triageFilter.js';
import type { SortKey } from './triageSort.js';

export interface TriageView {
  filters: TriageFilters;
  sort: SortKey;
  groupByCluster: boolean;
  /** The recommendation whose leads and comments are open under its row. */
  openKey: string | null;
  /** While a dot vote is open, show only its options (on by default: the dots go there). */
  onlyInVote: boolean;
}

/** A store per panel, so each page keeps its own view. */
export function createTriageViewStore() {
  return createStore<TriageView>(() => ({ filters: NO_FILTERS, sort: 'paragraph', groupByCluster: false, openKey: null, onlyInVote: true }));
}

export type TriageViewStore = ReturnType<typeof createTriageViewStore>;

/** Changes some filters, keeping the rest. */
export function setFilters(store: TriageViewStore, changes: Partial<TriageFilters>): void {
  store.setState((view) => ({ filters: { ...view.filters, ...changes } }));
}

/** Opens a row's details, or closes them when already open. */
export function toggleOpen(store: TriageViewStore, key: string): void {
  store.setState((view) => ({ openKey: view.openKey === key ? null : key }));
}
