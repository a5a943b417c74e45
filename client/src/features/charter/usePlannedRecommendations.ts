/** The keys of recommendations that have a plan row, live from the plan document opened beside the charter. */
import { useEffect, useState } from 'react';
import { readPlan } from '../../../../shared/plan.js';
import { useSectionDoc } from '../../infra/session/useSectionDoc.js';

/** Empty until the plan document opens. */
export function usePlannedRecommendations(): ReadonlySet<string> {
  const doc = useSectionDoc('plan');
  const [keys, setKeys] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!doc) return;
    const read = () => setKeys(new Set(readPlan(doc).flatMap((row) => row.recommendationKeys)));
    read();
    doc.on('update', read);
    return () => doc.off('update', read);
  }, [doc]);
  return keys;
}
