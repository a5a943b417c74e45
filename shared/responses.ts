/**
 * The dialogue day's documents beyond the plan's own rows:
 *   plan:      doc.getMap('references')   recommendation key → { ref, text, clusterId }
 *              doc.getMap('clusterTitles') cluster id → title
 *     copied from the recommendations when the dialogue day is made, so readers who never open
 *     the recommendations document (it holds the CSOs' comments) still read what a row answers;
 *   responses: doc.getMap('positions')    plan row id → the Government's position
 *              doc.getText('response:<row id>:<field>') each text of a row's response
 *                (`ministry`, `timeline`, `indicator`, `comments`)
 *     Top-level types, never a map made per row: a type made inside a map on first use is made by
 *     every writer who gets there first, and when two do so at once the map keeps one of them, the
 *     other's writing lost. Top-level types are named, never made, so every first write merges.
 *     Documents written before (`doc.getMap('responses')`: row id → Y.Map of `position` and the
 *     four Y.Texts, made for every row when the day was made) are read as they are: a row's text
 *     lives where it already lives, so every device edits the same one (`responseText`), and what a
 *     device wrote to the top-level text before the row's map reached it is read too (`readText`);
 *     a dialogue day continued or restored from such a document gets the new layout
 *     (`migrateLegacyResponses`).
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

/** A row's response as documents before top-level texts kept it (see the head of this file). */
function legacyResponsesOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('responses');
}

/** A row's map in such a document, or null. */
function legacyRow(doc: Y.Doc, rowId: string): Y.Map<unknown> | null {
  return asMap(legacyResponsesOf(doc).get(rowId));
}

const asMap = (value: unknown): Y.Map<unknown> | null => (value instanceof Y.Map ? (value as Y.Map<unknown>) : null);

function positionsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('positions');
}

const TEXT_PREFIX = 'response:';

/** The name of the top-level text holding one field of a row's response. */
export const responseTextName = (rowId: string, field: ResponseTextField): string => `${TEXT_PREFIX}${rowId}:${field}`;

/** The row and field a top-level name holds, or null for any other name. */
function parseTextName(name: string): { rowId: string; field: ResponseTextField } | null {
  if (!name.startsWith(TEXT_PREFIX)) return null;
  const split = name.lastIndexOf(':');
  const field = name.slice(split + 1);
  const rowId = name.slice(TEXT_PREFIX.length, split);
  return rowId && (RESPONSE_TEXT_FIELDS as readonly string[]).includes(field) ? { rowId, field: field as ResponseTextField } : null;
}

/**
 * The Y.Text a field of a row's response is edited in. In a document written before top-level
 * texts, a row's own map holds it (every device that holds the document has it: the day made it
 * with the row); but a device that wrote before that map reached it wrote the top-level text. So:
 * the row's own text when it holds words, or when the top-level one holds none; else the
 * top-level one (`readText` reads both, so nothing written to either is lost). Every device that
 * holds the same state edits the same text.
 */
export function responseText(doc: Y.Doc, rowId: string, field: ResponseTextField): Y.Text {
  const legacy = legacyRow(doc, rowId)?.get(field);
  const name = responseTextName(rowId, field);
  if (!(legacy instanceof Y.Text)) return doc.getText(name);
  const topLevelWritten = doc.share.has(name) && doc.getText(name).length > 0;
  return legacy.length > 0 || !topLevelWritten ? legacy : doc.getText(name);
}

/** Sets the Government's position on a plan row: one key per row, the latest write wins as with any choice. */
export function setPosition(doc: Y.Doc, rowId: string, position: GovernmentPosition): void {
  positionsOf(doc).set(rowId, position);
}

/** Replaces one text of a response whole (server-side writers and tests; the page co-edits the Y.Text). */
export function setResponseText(doc: Y.Doc, rowId: string, field: ResponseTextField, value: string): void {
  const text = responseText(doc, rowId, field);
  doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, value);
  });
}

const isPosition = (value: unknown): value is GovernmentPosition => (GOVERNMENT_POSITIONS as readonly unknown[]).includes(value);

/** Every row that holds a response (a position or any text) as plain data, by plan row id. */
export function readResponses(doc: Y.Doc): Map<string, GovernmentResponse> {
  const rowIds = new Set<string>(positionsOf(doc).keys());
  for (const [rowId, entry] of legacyResponsesOf(doc).entries()) if (entry instanceof Y.Map) rowIds.add(rowId);
  for (const name of doc.share.keys()) {
    const parsed = parseTextName(name);
    if (parsed) rowIds.add(parsed.rowId);
  }
  const out = new Map<string, GovernmentResponse>();
  for (const rowId of rowIds) {
    const stored = positionsOf(doc).get(rowId);
    const legacyPosition = legacyRow(doc, rowId)?.get('position');
    const position = isPosition(stored) ? stored : isPosition(legacyPosition) ? legacyPosition : null;
    const texts = Object.fromEntries(RESPONSE_TEXT_FIELDS.map((field) => [field, readText(doc, rowId, field)])) as Record<ResponseTextField, string>;
    if (position === null && RESPONSE_TEXT_FIELDS.every((field) => texts[field] === '')) continue;
    out.set(rowId, { rowId, position, ...texts });
  }
  return out;
}

/**
 * A field's text without making a top-level type that is not there (a reader changes nothing):
 * the row's own text and the top-level one, both when both hold words (the row's first, on its
 * own line), so what a device wrote before the row's map reached it is never hidden.
 */
function readText(doc: Y.Doc, rowId: string, field: ResponseTextField): string {
  const value = legacyRow(doc, rowId)?.get(field);
  const legacy = value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
  const name = responseTextName(rowId, field);
  return joinTexts(legacy, doc.share.has(name) ? doc.getText(name).toString() : '');
}

/** The row's own text and the top-level one as one: either alone, or both on their own lines. */
const joinTexts = (legacy: string, topLevel: string): string => (legacy && topLevel ? `${legacy}\n${topLevel}` : legacy || topLevel);

/**
 * Moves responses written before top-level texts (a row's Y.Map) to the top-level layout, in one
 * transaction, leaving no row's map behind; what both layouts hold is kept, as `readText` reads
 * it. Only for a document one writer holds — the server making a dialogue day, or restoring one,
 * from another's states: two devices moving the same text would each
 * insert it, and it would read twice.
 */
export function migrateLegacyResponses(doc: Y.Doc): void {
  const legacy = legacyResponsesOf(doc);
  if (legacy.size === 0) return;
  doc.transact(() => {
    for (const [rowId, value] of [...legacy.entries()]) {
      const entry = asMap(value);
      if (entry) {
        const position = entry.get('position');
        if (isPosition(position) && !isPosition(positionsOf(doc).get(rowId))) positionsOf(doc).set(rowId, position);
        for (const field of RESPONSE_TEXT_FIELDS) {
          const value = entry.get(field);
          const text = value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
          // Read as `readText` reads it: the row's own text first, then what the top-level one holds.
          const target = doc.getText(responseTextName(rowId, field));
          if (text) target.insert(0, target.length === 0 ? text : `${text}\n`);
        }
      }
      legacy.delete(rowId);
    }
  });
}
