/**
 * Registers the service worker that precaches the app (see vite.config.ts), so a page opened
 * once opens again without a network. Updates wait for the participant (`appUpdate`): the
 * waiting version takes over and the page reloads only when they press "Reload".
 */
import { registerSW } from 'virtual:pwa-register';
import { appUpdate } from './appUpdate.js';

/**
 * Browsers look for a new version on each navigation; a page left open all day asks every half
 * hour too, so a fix deployed during a workshop reaches the participants who keep their tab open.
 */
const UPDATE_CHECK_INTERVAL_MS = 30 * 60 * 1000;

function checkForUpdatesPeriodically(registration: ServiceWorkerRegistration): void {
  setInterval(() => {
    if (!navigator.onLine) return;
    // A failed check (the server unreachable) is simply tried again at the next interval.
    registration.update().catch(() => undefined);
  }, UPDATE_CHECK_INTERVAL_MS);
}

/** Does nothing where there are no service workers: plain HTTP on a LAN address is not a secure context. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  let reloadRequested = false;
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => appUpdate.setState({ available: true }),
    // The new version took over. Only the tab where "Reload" was pressed reloads: another tab of
    // the same participant keeps its notice (and what is being typed there) until they choose.
    onNeedReload: () => {
      if (reloadRequested) window.location.reload();
    },
    onRegisteredSW: (_url, registration) => {
      if (registration) checkForUpdatesPeriodically(registration);
    },
    onRegisterError: (error: unknown) => console.warn('The service worker could not be registered; the app works online only.', error),
  });
  appUpdate.setState({
    apply: () => {
      reloadRequested = true;
      return updateServiceWorker(true);
    },
  });
}
