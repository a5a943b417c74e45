/**
 * The implementation plan (day 2) in its Yjs document: one row per action proposed for a
 * priority recommendation or cluster, in the matrix layout of UPR follow-up. Rows are shared
 * rows (see sharedRows.ts); every text field is co-edited.
 */
import type * as Y from 'yjs';
import { addRow, readChoice, readRowBase, type SharedRow, rowsOf } from './sharedRows.js';

export const PLAN_TEXT_FIELDS = [
  'governmentActions',
  'civilSocietyActions',
  'responsibleBody',
  'supportingActors',
  'csoLead',
  'csoPartners',
  'timeline',
  'indicators',
  'baseline',
  'indicatorSource',
  'resources',
] as const;
export type PlanTextField = (typeof PLAN_TEXT_FIELDS)[number];

export const PLAN_STATUSES = ['not-started', 'ongoing', 'completed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A plan row as plain data, for rendering and exporters. */
export type PlanRowData = { id: string; recommendationKeys: string[]; clusterId: string | null; status: PlanStatus; example: boolean } & Record<
  PlanTextField,
  string
>;

/** Adds a plan row for the given recommendations (or a cluster) and returns it. */
export function addPlanRow(
  doc: Y.Doc,
  initial: { recommendationKeys?: string[]; clusterId?: string | null; texts?: Partial<Record<PlanTextField, string>>; example?: boolean } = {},
): SharedRow {
  return addRow(doc, PLAN_TEXT_FIELDS, {
    texts: initial.texts,
    recommendationKeys: initial.recommendationKeys,
    choices: { status: 'not-started', clusterId: initial.clusterId ?? null, ...(initial.example ? { example: 'yes' } : {}) },
  });
}

/** Sets a row's status. */
export function setPlanStatus(row: SharedRow, status: PlanStatus): void {
  row.set('status', status);
}

/** Every plan row as plain data, in the order added. */
export function readPlan(doc: Y.Doc): PlanRowData[] {
  return rowsOf(doc)
    .toArray()
    .map((row) => {
      const { id, texts, recommendationKeys } = readRowBase(row, PLAN_TEXT_FIELDS);
      const clusterId = row.get('clusterId');
      return {
        id,
        recommendationKeys,
        clusterId: typeof clusterId === 'string' ? clusterId : null,
        status: readChoice(row, 'status', PLAN_STATUSES) ?? 'not-started',
        example: row.get('example') === 'yes',
        ...(texts as Record<PlanTextField, string>),
      };
    });
}
