/**
 * The last control state a page received, kept on the device per workshop and role, so a page
 * opened during an outage shows where the room was (its stage, agenda, locks) instead of the
 * before-start stage. The server's next `state` replaces it as soon as the channel connects.
 */
import type { WorkshopState } from '../../../shared/events.js';
import { readStored, writeStored } from '../auth/tokenStore.js';

/** What is kept: the state and the clock offset measured when it arrived. */
export interface LastKnownState {
  state: WorkshopState;
  clockOffsetMs: number;
}

/** A state arrives on every change (a timer tick, each join); writing once a second is enough. */
const WRITE_DELAY_MS = 1000;

/** The storage key for one workshop and role. */
export const lastKnownStateKey = (workshopId: string, role: string) => `convene:control:${workshopId}:${role}`;

/** The kept state, or null when there is none or it cannot be read. */
export function readLastKnownState(key: string): LastKnownState | null {
  const raw = readStored(key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<LastKnownState> | null;
    if (!parsed?.state || typeof parsed.state !== 'object' || !parsed.state.agenda) return null;
    return { state: parsed.state, clockOffsetMs: typeof parsed.clockOffsetMs === 'number' ? parsed.clockOffsetMs : 0 };
  } catch {
    // A damaged copy is not used: the page waits for the server's state as it would without one.
    return null;
  }
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
    writeStored(this.key, JSON.stringify(this.pending));
    this.pending = null;
  };

  private readonly endQuietPeriod = (): void => {
    this.quietPeriod = null;
    if (this.pending) this.note(this.pending);
  };
}
