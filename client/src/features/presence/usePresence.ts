/** Who is present, as the server last said over the page's control connection. */
import type { Headcount, PresenceEntry } from '../../../../shared/events.js';
import type { ControlLink } from '../../infra/control/ControlConnection.js';
import { useControl } from '../../infra/control/ControlContext.js';

export interface PresenceState {
  connection: ControlLink;
  /** As this role may see it: a participant gets their own organisation's delegates, the projector nobody. */
  presence: PresenceEntry[];
  /** Participants present and their organisations: what every role may count. */
  headcount: Headcount;
}

const nobody: PresenceEntry[] = [];
const noHeadcount: Headcount = { participants: 0, organisations: 0 };

/** The presence list, the headcount and whether they are current; reads the connection opened by ControlProvider. */
export function usePresence(): PresenceState {
  const connection = useControl((snapshot) => snapshot.link);
  const presence = useControl((snapshot) => snapshot.state?.presence ?? nobody);
  const headcount = useControl((snapshot) => snapshot.state?.headcount ?? noHeadcount);
  return { connection, presence, headcount };
}
