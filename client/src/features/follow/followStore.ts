/**
 * Following the room: by default a page shows the stage the facilitator chose and moves when
 * they move; someone who picks another section stays there until they go back to the room.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Stage } from '../../../../shared/agenda.js';
import type { Section } from '../../../../shared/sections.js';

/** What a page shows before the facilitator starts the agenda: the first section people write in. */
export const BEFORE_START_STAGE: Stage = 'experiences';

export interface FollowState {
  /** The section this reader chose to look at, or null while following the room. */
  browsing: Section | null;
}

export type FollowStore = StoreApi<FollowState>;

/** One per page. */
export function createFollowStore(): FollowStore {
  return createStore<FollowState>(() => ({ browsing: null }));
}

/** Look at another section (choosing the room's own stage is going back to the room). */
export function browse(store: FollowStore, section: Section, roomStage: Stage | null): void {
  store.setState({ browsing: section === roomStage ? null : section });
}

/** "Back to the room". */
export function followRoom(store: FollowStore): void {
  store.setState({ browsing: null });
}

/** When the room arrives where the reader already is, they are following it again. */
export function noteRoomStage(store: FollowStore, roomStage: Stage | null): void {
  if (roomStage !== null && store.getState().browsing === roomStage) store.setState({ browsing: null });
}

/** The stage to show and whether that is following the room. */
export function viewedStage(browsing: Section | null, roomStage: Stage | null): { stage: Stage; following: boolean } {
  if (browsing === null || browsing === roomStage) return { stage: roomStage ?? BEFORE_START_STAGE, following: true };
  return { stage: browsing, following: false };
}
