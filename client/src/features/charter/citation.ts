/** What citing a recommendation inserts: its reference as a recommendation link, then its text and the recommending states. */
import type { JSONContent } from '@tiptap/react';
import type { RecommendationData } from '../../../../shared/recommendations.js';
import { recommendationHref } from './linkPolicy.js';

/** Inline content for the cursor: "84.2 — “text” (Canada, Chile)". */
export function citationContent(recommendation: Pick<RecommendationData, 'key' | 'ref' | 'text' | 'recommendingStates'>): JSONContent[] {
  const reference = recommendation.ref || recommendation.key;
  const states = recommendation.recommendingStates.length > 0 ? ` (${recommendation.recommendingStates.join(', ')})` : '';
  return [
    { type: 'text', text: reference, marks: [{ type: 'link', attrs: { href: recommendationHref(recommendation.key) } }] },
    { type: 'text', text: ` — “${recommendation.text.trim()}”${states} ` },
  ];
}
