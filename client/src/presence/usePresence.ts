/** Who is present, as the server last said over the page's control connection. */
import type { PresenceEntry } from '../../../shared/events.js';
import type { ControlLink } from '../control/ControlConnection.js';
import { useControl } from '../control/ControlContext.js';

export interface PresenceState {
  connection: ControlLink;
  presence: PresenceEntry[];
}

const nobody: PresenceEntry[] = [];

/** The presence list and whether it is current; reads the connection opened by ControlProvider. */
export function usePresence(): PresenceState {
  const connection = useControl((snapshot) => snapshot.link);
  const presence = useControl((snapshot) => snapshot.state?.presence ?? nobody);
  return { connection, presence };
}
