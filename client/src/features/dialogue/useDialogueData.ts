/** The dialogue day's live data: the plan's rows and references, and the Government's responses. */
import type * as Y from 'yjs';
import { type PlanRowData, readPlan } from '../../../../shared/plan.js';
import { type GovernmentResponse, type PlanReference, readClusterTitles, readPlanReferences, readResponses } from '../../../../shared/responses.js';
import { rowsOf } from '../../../../shared/sharedRows.js';
import { useYjsSnapshot } from '../../infra/collab/useYjsSnapshot.js';

export interface PlanView {
  rows: PlanRowData[];
  references: Map<string, PlanReference>;
  clusterTitles: Map<string, string>;
}

const planSpec = {
  watch: (doc: Y.Doc, onChange: () => void) => {
    const watched = [rowsOf(doc), doc.getMap('references'), doc.getMap('clusterTitles')];
    for (const type of watched) type.observeDeep(onChange);
    return () => {
      for (const type of watched) type.unobserveDeep(onChange);
    };
  },
  read: (doc: Y.Doc): PlanView => ({ rows: readPlan(doc), references: readPlanReferences(doc), clusterTitles: readClusterTitles(doc) }),
};

const responsesSpec = {
  // The whole document: a response's texts are top-level types, one per row and field, made as they come.
  watch: (doc: Y.Doc, onChange: () => void) => {
    doc.on('update', onChange);
    return () => doc.off('update', onChange);
  },
  read: readResponses,
};

/** The plan as a reader of the plan alone sees it (what each row answers included). */
export function usePlanView(doc: Y.Doc): PlanView {
  return useYjsSnapshot(doc, planSpec);
}

/** The Government's responses by plan row id. */
export function useResponses(doc: Y.Doc): Map<string, GovernmentResponse> {
  return useYjsSnapshot(doc, responsesSpec);
}

/** A row's subject: its recommendations' paragraph and text. */
export function rowSubject(row: PlanRowData, references: Map<string, PlanReference>): string {
  return row.recommendationKeys
    .map((key) => references.get(key))
    .filter((r) => r !== undefined)
    .map((r) => (r.ref ? `${r.ref} ${r.text}` : r.text))
    .join(' · ');
}
