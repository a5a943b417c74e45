/**
 * Warns before a reload or close that would lose the way back to unsynced edits. The edits
 * themselves stay in IndexedDB; what is lost, without a service worker controlling the page
 * (plain HTTP on a LAN address, or before it first installed), is a page that opens offline to
 * send them. So the browser's "leave site?" prompt appears only then, and only while some
 * section's stored tracker says not everything is stored on the server.
 */

const sources = new Set<() => boolean>();

/** Registers a question "are some of my edits not yet stored?"; returns the function that removes it. */
export function trackUnstoredEdits(hasUnstored: () => boolean): () => void {
  sources.add(hasUnstored);
  return () => sources.delete(hasUnstored);
}

/** True when a reload would open without a network: a service worker serves this page. */
function pageOpensOffline(): boolean {
  return Boolean(navigator.serviceWorker?.controller);
}

function handleBeforeUnload(event: BeforeUnloadEvent): void {
  if (pageOpensOffline()) return;
  if (![...sources].some((hasUnstored) => hasUnstored())) return;
  event.preventDefault();
  // Older Safari shows the prompt only when returnValue is set.
  event.returnValue = '';
}

/** Installs the prompt once per page. */
export function installUnstoredEditsGuard(): void {
  window.addEventListener('beforeunload', handleBeforeUnload);
}
