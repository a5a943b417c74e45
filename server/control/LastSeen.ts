/**
 * When each participant was last seen connected, for the roster's "absent, last seen at". Written
 * when a socket of theirs opens or closes, and for everyone connected once a minute and when the
 * server stops, so a crash loses at most a minute of it. A write that fails is logged and the
 * next one carries a later time.
 */
import { describeError, log } from '../logger.js';
import type { Store } from '../storage/Store.js';

export const LAST_SEEN_SWEEP_MS = 60_000;

export class LastSeen {
  constructor(private readonly store: Store) {}

  /** Notes these participants as seen at `at`; resolves once stored (or the failure logged). */
  seen(workshopId: string, participantIds: string[], at = Date.now()): Promise<void> {
    if (participantIds.length === 0) return Promise.resolve();
    return this.store.recordLastSeen(workshopId, participantIds, at).catch((error: unknown) => {
      log.error('last_seen.store_failed', { workshopId, error: describeError(error) });
    });
  }
}
