/**
 * Reads the Recommendations section as plain data, for lists, filters and exporters. Any client
 * may write the document, so every value is checked: a wrong type reads as empty, never throws.
 */
import * as Y from 'yjs';
import { isReview } from './recommendationKeys.js';
import {
  type ActionCategory,
  type ClusterData,
  clustersOf,
  RESPONSES,
  type RecommendationComment,
  type RecommendationData,
  type RecommendationEntry,
  recommendationsOf,
} from './recommendations.js';
import { readThemeTags } from './themeTags.js';

/** Every recommendation, previous review first, then by paragraph (84.2 before 84.10), then by text. */
export function readRecommendations(doc: Y.Doc): RecommendationData[] {
  const all = [...recommendationsOf(doc).entries()].map(([key, entry]) => readRecommendation(key, entry));
  return all.sort(compareRecommendations);
}

/** One entry as plain data. */
export function readRecommendation(key: string, entry: RecommendationEntry): RecommendationData {
  const imported = entry.get('imported');
  const field = (name: string): unknown => (imported instanceof Y.Map ? imported.get(name) : undefined);
  const review = field('review');
  return {
    key,
    ref: stringOrNull(field('ref')),
    text: typeof field('text') === 'string' ? (field('text') as string) : '',
    recommendingStates: strings(field('recommendingStates')),
    response: oneOf(RESPONSES, field('response')) ?? 'pending',
    themes: strings(field('themes')),
    affectedGroups: strings(field('affectedGroups')),
    sdgTargets: strings(field('sdgTargets')),
    actionCategory: actionCategory(field('actionCategory')),
    cycle: positiveInteger(field('cycle')),
    session: positiveInteger(field('session')),
    review: isReview(review) ? review : key.startsWith('previous/') ? 'previous' : 'current',
    documentSymbol: stringOrNull(field('documentSymbol')),
    publishedOn: stringOrNull(field('publishedOn')),
    priority: null,
    leadOrganisations: strings(arrayValue(entry.get('leadOrganisations'))),
    comments: readComments(entry.get('comments')),
    clusterId: stringOrNull(entry.get('clusterId')),
    themeTags: readThemeTags(entry.get('themeTags')),
  };
}

/** Every cluster, by title. */
export function readClusters(doc: Y.Doc): ClusterData[] {
  return [...clustersOf(doc).entries()]
    .map(([id, cluster]) => ({ id, title: cluster instanceof Y.Map ? (stringOrNull(cluster.get('title')) ?? '') : '' }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** Orders paragraphs numerically part by part, so 84.2 comes before 84.10. */
export function compareRecommendations(a: RecommendationData, b: RecommendationData): number {
  if (a.review !== b.review) return a.review === 'previous' ? -1 : 1;
  if (a.ref && b.ref) return a.ref.localeCompare(b.ref, 'en', { numeric: true });
  if (a.ref || b.ref) return a.ref ? -1 : 1;
  return a.text.localeCompare(b.text);
}

function readComments(value: unknown): RecommendationComment[] {
  return arrayValue(value).flatMap((item) => {
    if (!(item instanceof Y.Map)) return [];
    const id = stringOrNull(item.get('id'));
    const text = stringOrNull(item.get('text'));
    if (!id || text === null) return [];
    const at: unknown = item.get('at');
    return [{
      id,
      parentId: stringOrNull(item.get('parentId')),
      authorName: stringOrNull(item.get('authorName')) ?? '',
      authorOrganisation: stringOrNull(item.get('authorOrganisation')),
      text,
      at: typeof at === 'number' && Number.isFinite(at) ? at : 0,
    }];
  });
}

const arrayValue = (value: unknown): unknown[] => (value instanceof Y.Array ? value.toArray() : Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const positiveInteger = (value: unknown): number | null => (Number.isInteger(value) && (value as number) > 0 ? (value as number) : null);
const actionCategory = (value: unknown): ActionCategory | null =>
  value === 1 || value === 2 || value === 3 || value === 4 || value === 5 ? value : null;

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
