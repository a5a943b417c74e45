/**
 * The dialogue day's documents beyond the plan's own rows:
 *   plan:      doc.getMap('references')   recommendation key → { ref, text, clusterId }
 *              doc.getMap('clusterTitles') cluster id → title
 *     copied from the recommendations when the dialogue day is made, so readers who never open
 *     the recommendations document (it holds the CSOs' comments) still read what a row answers;
 *   responses: doc.getMap('responses')    plan row id → Y.Map of the Government's response
 *     (`position`, and Y.Text `ministry`, `timeline`, `indicator`, `comments`).
 * Any writer may put anything there, so every value is read defensively.
 */
import * as Y from 'yjs';
import { GOVERNMENT_POSITIONS, type GovernmentPosition } from './dialogue.js';
import type { PlanRowData } from './plan.js';
import type { ClusterData, RecommendationData } from './recommendations.js';

export const RESPONSE_TEXT_FIELDS = ['ministry', 'timeline', 'indicator', 'comments'] as const;
export type ResponseTextField = (typeof RESPONSE_TEXT_FIELDS)[number];

/** The Government's response to one plan row. */
export type GovernmentResponse = { rowId: string; position: GovernmentPosition | null } & Record<ResponseTextField, string>;

/** What a plan row answers, as a reader of the plan alone sees it. */
export interface PlanReference {
  ref: string | null;
  text: string;
  clusterId: string | null;
}

/** Writes the references of the plan's rows into the plan document, in one transaction. */
export function writePlanReferences(plan: Y.Doc, rows: PlanRowData[], recommendations: RecommendationData[], clusters: ClusterData[]): void {
  const byKey = new Map(recommendations.map((r) => [r.key, r]));
  const wanted = new Set(rows.flatMap((row) => row.recommendationKeys));
  plan.transact(() => {
    const references = plan.getMap<PlanReference>('references');
    for (const key of wanted) {
      const found = byKey.get(key);
      if (found) references.set(key, { ref: found.ref, text: found.text, clusterId: found.clusterId });
    }
    const titles = plan.getMap<string>('clusterTitles');
    for (const cluster of clusters) titles.set(cluster.id, cluster.title);
  });
}

/** Every reference in the plan document, by recommendation key. */
export function readPlanReferences(plan: Y.Doc): Map<string, PlanReference> {
  const out = new Map<string, PlanReference>();
  for (const [key, value] of plan.getMap<unknown>('references').entries()) {
    if (typeof value !== 'object' || value === null) continue;
    const { ref, text, clusterId } = value as Record<string, unknown>;
    out.set(key, { ref: typeof ref === 'string' ? ref : null, text: typeof text === 'string' ? text : '', clusterId: typeof clusterId === 'string' ? clusterId : null });
  }
  return out;
}

/** Cluster titles by id, as copied into the plan document. */
export function readClusterTitles(plan: Y.Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, title] of plan.getMap<unknown>('clusterTitles').entries()) if (typeof title === 'string') out.set(id, title);
  return out;
}

/** The cluster a plan row belongs to: its own, else its first recommendation's; null when neither has one. */
export function clusterOfRow(row: Pick<PlanRowData, 'clusterId' | 'recommendationKeys'>, references: Map<string, PlanReference>): string | null {
  if (row.clusterId) return row.clusterId;
  for (const key of row.recommendationKeys) {
    const clusterId = references.get(key)?.clusterId;
    if (clusterId) return clusterId;
  }
  return null;
}

function responsesOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('responses');
}

/** The response map of a plan row, made (with empty texts) on first use. */
export function responseFor(doc: Y.Doc, rowId: string): Y.Map<unknown> {
  const responses = responsesOf(doc);
  const existing = responses.get(rowId);
  if (existing instanceof Y.Map) return existing;
  const made = new Y.Map<unknown>();
  doc.transact(() => {
    responses.set(rowId, made);
    for (const field of RESPONSE_TEXT_FIELDS) made.set(field, new Y.Text());
  });
  return made;
}

/** Sets the Government's position on a plan row. */
export function setPosition(doc: Y.Doc, rowId: string, position: GovernmentPosition): void {
  responseFor(doc, rowId).set('position', position);
}

/** Replaces one text of a response whole (server-side writers and tests; the page co-edits the Y.Text). */
export function setResponseText(doc: Y.Doc, rowId: string, field: ResponseTextField, value: string): void {
  const text = responseFor(doc, rowId).get(field);
  if (!(text instanceof Y.Text)) return;
  doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, value);
  });
}

/** Every response as plain data, by plan row id. */
export function readResponses(doc: Y.Doc): Map<string, GovernmentResponse> {
  const out = new Map<string, GovernmentResponse>();
  for (const [rowId, entry] of responsesOf(doc).entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const position = entry.get('position');
    const texts = Object.fromEntries(
      RESPONSE_TEXT_FIELDS.map((field) => {
        const value = entry.get(field);
        return [field, value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : ''];
      }),
    ) as Record<ResponseTextField, string>;
    out.set(rowId, { rowId, position: (GOVERNMENT_POSITIONS as readonly unknown[]).includes(position) ? (position as GovernmentPosition) : null, ...texts });
  }
  return out;
}
