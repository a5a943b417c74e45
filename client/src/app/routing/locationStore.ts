/** The current address as a tiny store, so views re-render on client-side navigation. */
import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes.js';

const listeners = new Set<() => void>();
let current = readRoute();

function readRoute(): Route {
  return parseRoute(window.location.pathname, window.location.search);
}

function notify(): void {
  current = readRoute();
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', notify);

/** Moves to another client route without reloading the page. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

/** The current route; re-renders when it changes. */
export function useRoute(): Route {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
