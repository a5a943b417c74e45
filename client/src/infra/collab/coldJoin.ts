/**
 * A cold join: a device that holds nothing of a section downloads the whole stored document
 * over HTTP before it opens the socket. The browser receives it compressed (Brotli or gzip, by
 * its own `Accept-Encoding`), where the socket's sync would send it uncompressed: a big section
 * costs about half the bytes on venue Wi-Fi. The socket stays the stock y-websocket protocol
 * without compression, so keystrokes cost what they did; its sync then sends only what changed
 * since the download.
 */
import * as Y from 'yjs';
import type { Section } from '../../../../shared/sections.js';

/**
 * A download that stalls is abandoned after this long and the socket syncs everything instead,
 * as it did before there was a download.
 */
const DOWNLOAD_TIMEOUT_MS = 15_000;

/** True when the document holds nothing at all: no content, typed or loaded from IndexedDB. */
export function holdsNothing(doc: Y.Doc): boolean {
  return doc.store.clients.size === 0;
}

/**
 * The section's whole stored state as one Yjs update, or null when it could not be had (offline,
 * refused, the server older than this page): the socket's own sync then brings everything.
 */
export async function downloadWholeState(workshopId: string, section: Section, token: string): Promise<Uint8Array | null> {
  try {
    const response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/sections/${section}/state`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/octet-stream' },
      cache: 'no-store',
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
    if (!response.ok) return null;
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    // No network, or a stall: nothing is lost, the socket's sync sends the whole state instead.
    return null;
  }
}
