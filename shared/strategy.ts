/**
 * The action strategy (day 2) in its Yjs document: advocacy activities, each aimed at a target,
 * serving recommendations and leading to a milestone. Rows are shared rows (see sharedRows.ts).
 */
import type * as Y from 'yjs';
import { addRow, readChoice, readRowBase, type SharedRow, rowsOf } from './sharedRows.js';

export const STRATEGY_TEXT_FIELDS = ['activity', 'targetDetail', 'leadOrganisation', 'milestone', 'resources'] as const;
export type StrategyTextField = (typeof STRATEGY_TEXT_FIELDS)[number];

export const STRATEGY_TARGETS = ['ministry', 'parliament', 'un-agency', 'nhri', 'media', 'public', 'other'] as const;
export type StrategyTarget = (typeof STRATEGY_TARGETS)[number];

export const STRATEGY_STATUSES = ['planned', 'ongoing', 'done'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

/** An activity as plain data; `milestoneDate` is YYYY-MM-DD or null. */
export type StrategyRowData = {
  id: string;
  recommendationKeys: string[];
  target: StrategyTarget | null;
  milestoneDate: string | null;
  status: StrategyStatus;
  example: boolean;
} & Record<StrategyTextField, string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Adds an activity and returns it. */
export function addActivity(
  doc: Y.Doc,
  initial: { recommendationKeys?: string[]; target?: StrategyTarget; milestoneDate?: string; texts?: Partial<Record<StrategyTextField, string>>; example?: boolean } = {},
): SharedRow {
  return addRow(doc, STRATEGY_TEXT_FIELDS, {
    texts: initial.texts,
    recommendationKeys: initial.recommendationKeys,
    choices: {
      target: initial.target ?? null,
      milestoneDate: initial.milestoneDate && ISO_DATE.test(initial.milestoneDate) ? initial.milestoneDate : null,
      status: 'planned',
      ...(initial.example ? { example: 'yes' } : {}),
    },
  });
}

/** Sets the milestone date; anything but YYYY-MM-DD clears it. */
export function setMilestoneDate(row: SharedRow, date: string | null): void {
  row.set('milestoneDate', date && ISO_DATE.test(date) ? date : null);
}

/** Every activity as plain data, in the order added. */
export function readStrategy(doc: Y.Doc): StrategyRowData[] {
  return rowsOf(doc)
    .toArray()
    .map((row) => {
      const { id, texts, recommendationKeys } = readRowBase(row, STRATEGY_TEXT_FIELDS);
      const date = row.get('milestoneDate');
      return {
        id,
        recommendationKeys,
        target: readChoice(row, 'target', STRATEGY_TARGETS),
        milestoneDate: typeof date === 'string' && ISO_DATE.test(date) ? date : null,
        status: readChoice(row, 'status', STRATEGY_STATUSES) ?? 'planned',
        example: row.get('example') === 'yes',
        ...(texts as Record<StrategyTextField, string>),
      };
    });
}
