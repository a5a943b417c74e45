/**
 * The last control state a page received, kept on the device per workshop and role, so a page
 * opened during an outage shows where the room was (its stage, agenda, locks) instead of the
 * before-start stage. The server's next `state` replaces it as soon as the channel connects.
 */
import { PROTOCOL_VERSION, type WorkshopState } from '../../../../shared/events.js';
import { keepCopy, keptCopyKeys, readKeptCopy } from '../offline/keptCopies.js';

/** What is kept: the state and the clock offset measured when it arrived. */
export interface LastKnownState {
  state: WorkshopState;
  clockOffsetMs: number;
}

/** A state arrives on every change (a timer tick, each join); writing once a second is enough. */
const WRITE_DELAY_MS = 1000;

/** The storage key for one workshop and role (it expires: `offline/keptCopies.ts`). */
export const lastKnownStateKey = (workshopId: string, role: string) => keptCopyKeys(workshopId, role).control;

/**
 * The kept state, or null when there is none, it expired, it cannot be read, or it was sent by a
 * server of another protocol version (a page of this version could misread it).
 */
export function readLastKnownState(key: string): LastKnownState | null {
  const kept = readKeptCopy(key) as Partial<LastKnownState> | null;
  if (!kept?.state || typeof kept.state !== 'object' || !kept.state.agenda) return null;
  if (kept.state.protocolVersion !== PROTOCOL_VERSION) return null;
  return { state: kept.state, clockOffsetMs: typeof kept.clockOffsetMs === 'number' ? kept.clockOffsetMs : 0 };
}

/**
 * Writes the latest state at once, then at most once a second (the last one of each second is
 * kept for its end); `flush` writes a waiting one now (the page is going away).
 */
export class LastKnownStateWriter {
  private pending: LastKnownState | null = null;
  private quietPeriod: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly key: string) {}

  note(latest: LastKnownState): void {
    this.pending = latest;
    if (this.quietPeriod) return;
    this.flush();
    this.quietPeriod = setTimeout(this.endQuietPeriod, WRITE_DELAY_MS);
  }

  readonly flush = (): void => {
    if (!this.pending) return;
    keepCopy(this.key, this.pending);
    this.pending = null;
  };

  private readonly endQuietPeriod = (): void => {
    this.quietPeriod = null;
    if (this.pending) this.note(this.pending);
  };
}
