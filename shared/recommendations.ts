/**
 * The Recommendations section as it lives in its Yjs document. Importers write only the
 * `imported` map of an entry; participants write only the fields beside it, so a re-import
 * updates the report's data and never touches what people added.
 *
 *   doc.getMap('recommendations')   Y.Map<Y.Map>, keyed by `recommendationKey` (e.g. `previous/84.7`)
 *     entry.get('imported')         Y.Map of ImportedRecommendation fields (plain values; importers only)
 *     entry.get('leadOrganisations') Y.Array<string>
 *     entry.get('comments')         Y.Array<Y.Map>: id, parentId (null for a thread's first), authorName,
 *                                   authorOrganisation, text, at (epoch ms)
 *     entry.get('clusterId')        string | null: an id of doc.getMap('clusters')
 *     entry.get('themeTags')        Y.Map<string>: themes participants added, by themeKey (see themeTags.ts)
 *   doc.getMap('clusters')          Y.Map<Y.Map>: id → { id, title }
 *
 * The room's priority is not here: every participant may write this document, so the
 * facilitator's decision lives in the control record (`shared/priorities.ts`). A `priority`
 * field left in a document written before is ignored.
 */
import * as Y from 'yjs';
import type { Review } from './recommendationKeys.js';

export { REVIEWS, isReview, recommendationKey, normaliseRecommendationText, type Review } from './recommendationKeys.js';

/** The state's position on a recommendation: Accepted/Supported → supported, Noted/Not supported → noted. */
export const RESPONSES = ['supported', 'noted', 'pending'] as const;
export type RecommendationResponse = (typeof RESPONSES)[number];

export { PRIORITIES, type Priority } from './priorities.js';
import type { Priority } from './priorities.js';

/**
 * UPR Info's action categories: 1 minimal action (asks other states for help), 2 continuing
 * action, 3 considering action, 4 general action, 5 specific action.
 */
export type ActionCategory = 1 | 2 | 3 | 4 | 5;

/** What an import brings: the report's data, the same for everyone. */
export interface ImportedRecommendation {
  /** The paragraph of the Working Group report, e.g. `84.7`; null when the source does not give it. */
  ref: string | null;
  text: string;
  recommendingStates: string[];
  response: RecommendationResponse;
  themes: string[];
  affectedGroups: string[];
  /** SDG targets as numbers like `16.3` where the source gives them, else the source's words. */
  sdgTargets: string[];
  actionCategory: ActionCategory | null;
  /** The UPR cycle (1, 2, 3 …) and Working Group session, when known. */
  cycle: number | null;
  session: number | null;
  review: Review;
  /** The UN document the recommendation is in, e.g. `A/HRC/16/5`, and its publication date (YYYY-MM-DD). */
  documentSymbol: string | null;
  publishedOn: string | null;
}

/** The imported fields, in the order exporters list them. */
export const IMPORTED_FIELDS = [
  'ref', 'text', 'recommendingStates', 'response', 'themes', 'affectedGroups', 'sdgTargets',
  'actionCategory', 'cycle', 'session', 'review', 'documentSymbol', 'publishedOn',
] as const satisfies readonly (keyof ImportedRecommendation)[];

/** One comment; replies name the comment they answer in `parentId`. */
export interface RecommendationComment {
  id: string;
  parentId: string | null;
  authorName: string;
  authorOrganisation: string | null;
  text: string;
  at: number;
}

/** A recommendation as plain data: imported fields and what participants added. */
export interface RecommendationData extends ImportedRecommendation {
  key: string;
  /** The room's priority: null as read from the document, set from the control record by `withRoomPriorities`. */
  priority: Priority | null;
  leadOrganisations: string[];
  comments: RecommendationComment[];
  clusterId: string | null;
  /** Themes participants added, beside the imported `themes`; effectiveThemes() joins the two. */
  themeTags: string[];
}

/** A group of recommendations treated together in the plan. */
export interface ClusterData {
  id: string;
  title: string;
}

/** One recommendation's live shared map. */
export type RecommendationEntry = Y.Map<unknown>;

/** The shared map of recommendations of a section document. */
export function recommendationsOf(doc: Y.Doc): Y.Map<RecommendationEntry> {
  return doc.getMap<RecommendationEntry>('recommendations');
}

/** The shared map of clusters of a section document. */
export function clustersOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('clusters');
}

/** A new entry with every participant container in place, so no two clients create one concurrently. */
export function newEntry(): RecommendationEntry {
  const entry = new Y.Map<unknown>();
  entry.set('imported', new Y.Map<unknown>());
  entry.set('leadOrganisations', new Y.Array<string>());
  entry.set('comments', new Y.Array<Y.Map<unknown>>());
  entry.set('clusterId', null);
  entry.set('themeTags', new Y.Map<string>());
  return entry;
}

/** The imported-fields map of an entry (created when a foreign client left it out). */
export function importedOf(entry: RecommendationEntry): Y.Map<unknown> {
  const existing = entry.get('imported');
  if (existing instanceof Y.Map) return existing as Y.Map<unknown>;
  const created = new Y.Map<unknown>();
  entry.set('imported', created);
  return created;
}

/** Adds a lead organisation unless it is already there; true when added. */
export function addLeadOrganisation(entry: RecommendationEntry, organisation: string): boolean {
  const leads = childArray<string>(entry, 'leadOrganisations');
  if (leads.toArray().includes(organisation)) return false;
  leads.push([organisation]);
  return true;
}

/** Removes a lead organisation; true when it was there. */
export function removeLeadOrganisation(entry: RecommendationEntry, organisation: string): boolean {
  const leads = childArray<string>(entry, 'leadOrganisations');
  const index = leads.toArray().indexOf(organisation);
  if (index < 0) return false;
  leads.delete(index, 1);
  return true;
}

/** Adds a comment (a reply when `parentId` is set) and returns its id. */
export function addComment(entry: RecommendationEntry, comment: Omit<RecommendationComment, 'id'> & { id?: string }): string {
  const comments = childArray<Y.Map<unknown>>(entry, 'comments');
  const id = comment.id ?? newRecommendationItemId();
  const map = new Y.Map<unknown>();
  for (const [field, value] of Object.entries({ ...comment, id })) map.set(field, value);
  comments.push([map]);
  return id;
}

/** Puts a recommendation in a cluster (null takes it out). */
export function setCluster(entry: RecommendationEntry, clusterId: string | null): void {
  entry.set('clusterId', clusterId);
}

/** Creates a cluster and returns its id. */
export function addCluster(doc: Y.Doc, title: string, id = newRecommendationItemId()): string {
  const cluster = new Y.Map<unknown>();
  cluster.set('id', id);
  cluster.set('title', title);
  clustersOf(doc).set(id, cluster);
  return id;
}

/** A random id; getRandomValues works in insecure contexts (venue LAN over http), randomUUID does not. */
export function newRecommendationItemId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The Y.Array under `field`, created when missing or when an older or foreign client stored a
 * plain array there (its items are kept).
 */
function childArray<T>(entry: RecommendationEntry, field: string): Y.Array<T> {
  const existing = entry.get(field);
  if (existing instanceof Y.Array) return existing as Y.Array<T>;
  const created = new Y.Array<T>();
  if (Array.isArray(existing)) created.push(existing as T[]);
  entry.set(field, created);
  return created;
}
