/**
 * Whether a new version of the app waits to take over this page. Set by the service worker's
 * registration, or by the control channel's state when the server speaks a protocol this page
 * does not know (a deploy while the page was open); the participant decides when to reload, so
 * an update never interrupts typing.
 */
import { createStore } from 'zustand/vanilla';
import { PROTOCOL_VERSION } from '../../../../shared/events.js';

export interface AppUpdateState {
  /** A new service worker is installed and waits for this page to let it take over. */
  available: boolean;
  /** Hands the page to the waiting version, which then reloads it; null until registered. */
  apply: (() => Promise<void>) | null;
  /** The server runs a newer version than this page: its state deltas may not mean what this page reads. */
  serverNewer: boolean;
}

/** One per page. */
export const appUpdate = createStore<AppUpdateState>(() => ({ available: false, apply: null, serverNewer: false }));

/** True when `serverVersion` is a protocol newer than the one this page was built with. */
export function isNewerProtocol(serverVersion: number | null | undefined): boolean {
  return typeof serverVersion === 'number' && serverVersion > PROTOCOL_VERSION;
}

/**
 * The server was updated under this page: show the notice now, and have the service worker look
 * for the new build at once (its half-hourly check may be far), so "Reload" brings the new
 * version rather than the precached old one.
 */
export function noticeNewerServer(): void {
  if (appUpdate.getState().serverNewer) return;
  appUpdate.setState({ serverNewer: true });
  void navigator.serviceWorker
    ?.getRegistration()
    .then((registration) => registration?.update())
    .catch(() => undefined /* unreachable now: the notice's reload fetches the page anyway */);
}

/** Reloads into the new version: through the waiting service worker when there is one, else a plain reload. */
export function reloadIntoNewVersion(): void {
  const { available, apply } = appUpdate.getState();
  if (available && apply) void apply();
  else window.location.reload();
}
