/**
 * One connection per section and page, however many panels need it: every card of the
 * experiences shows recommendations, and a socket (and an IndexedDB copy) per card would be
 * wasteful and would race on the same offline database.
 */
import type { Section } from '../../../../shared/sections.js';
import { SectionConnection } from '../collab/SectionConnection.js';

interface Held {
  connection: SectionConnection;
  users: number;
  /** Pending close: a panel remounting at once (React's strict mode, a re-render) keeps the socket. */
  closing: ReturnType<typeof setTimeout> | null;
}

const held = new Map<string, Held>();
const CLOSE_DELAY_MS = 1000;

/** Takes a share of the section's connection, opening it if needed; call the returned function to let go. */
export function acquireConnection(workshopId: string, section: Section, token: string): { connection: SectionConnection; release: () => void } {
  const key = `${workshopId}\n${section}\n${token}`;
  let entry = held.get(key);
  if (!entry) {
    entry = { connection: new SectionConnection({ workshopId, section, token }), users: 0, closing: null };
    held.set(key, entry);
  }
  if (entry.closing) clearTimeout(entry.closing);
  entry.closing = null;
  entry.users += 1;
  const current = entry;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    current.users -= 1;
    if (current.users > 0) return;
    current.closing = setTimeout(() => {
      if (current.users > 0) return;
      held.delete(key);
      current.connection.destroy();
    }, CLOSE_DELAY_MS);
  };
  return { connection: current.connection, release };
}
