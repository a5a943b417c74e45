/** The stage this page shows, kept in step with the room. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { Stage } from '../../../../shared/agenda.js';
import { noteRoomStage, viewedStage, type FollowStore } from './followStore.js';
import { useRoomSession } from './useRoomSession.js';

/** Re-renders when the room moves or the reader browses. */
export function useViewedStage(follow: FollowStore): { stage: Stage; following: boolean } {
  const browsing = useStore(follow, (state) => state.browsing);
  const { stage: roomStage } = useRoomSession();
  useEffect(() => noteRoomStage(follow, roomStage), [follow, roomStage]);
  return viewedStage(browsing, roomStage);
}
