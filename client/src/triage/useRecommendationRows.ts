/** The recommendations of a document as live plain data, for React. */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { RecommendationData } from '../../../shared/recommendations.js';
import { RecommendationRowsStore } from './RecommendationRowsStore.js';

/** One store per document; unchanged rows keep their objects between renders. */
export function useRecommendationRows(doc: Y.Doc): RecommendationData[] {
  const store = useMemo(() => new RecommendationRowsStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.snapshot);
}
