/** The recommendations of a document as live plain data, for React, with the room's priorities. */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type Priority, withRoomPriorities } from '../../../../shared/priorities.js';
import type { RecommendationData } from '../../../../shared/recommendations.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { RecommendationRowsStore } from './RecommendationRowsStore.js';

const NO_PRIORITIES: Record<string, Priority> = {};

/** One store per document; unchanged rows keep their objects between renders. */
export function useRecommendationRows(doc: Y.Doc): RecommendationData[] {
  const store = useMemo(() => new RecommendationRowsStore(doc), [doc]);
  const rows = useSyncExternalStore(store.subscribe, store.snapshot);
  // The room's priority is the facilitator's decision on the control channel, not the document's.
  const priorities = useControl((snapshot) => snapshot.state?.priorities ?? NO_PRIORITIES);
  const cache = useMemo(() => new WeakMap<RecommendationData, RecommendationData>(), []);
  return useMemo(() => withRoomPriorities(rows, priorities, cache), [rows, priorities, cache]);
}
