/** The recommendations of one review, live, from the recommendations document opened beside a view. */
import { useMemo } from 'react';
import * as Y from 'yjs';
import type { RecommendationData, Review } from '../../../../shared/recommendations.js';
import { useSectionDoc } from '../../infra/session/useSectionDoc.js';
import { useRecommendationRows } from '../triage/useRecommendationRows.js';

const EMPTY_DOC = new Y.Doc();

/** Empty until the document opens (and on pages without a session). */
export function useRecommendationCandidates(review: Review | 'all'): { all: RecommendationData[]; candidates: RecommendationData[]; doc: Y.Doc | null } {
  const doc = useSectionDoc('recommendations');
  const all = useRecommendationRows(doc ?? EMPTY_DOC);
  const candidates = useMemo(() => (review === 'all' ? all : all.filter((r) => r.review === review)), [all, review]);
  return { all, candidates, doc };
}
