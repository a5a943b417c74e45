/**
 * Whether a new version of the app waits to take over this page. Set by the service worker's
 * registration; the participant decides when to reload, so an update never interrupts typing.
 */
import { createStore } from 'zustand/vanilla';

export interface AppUpdateState {
  /** A new service worker is installed and waits for this page to let it take over. */
  available: boolean;
  /** Hands the page to the waiting version, which then reloads it; null until registered. */
  apply: (() => Promise<void>) | null;
}

/** One per page. */
export const appUpdate = createStore<AppUpdateState>(() => ({ available: false, apply: null }));
