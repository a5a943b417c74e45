/**
 * Which participants were present in which agenda session, for the attendance record. The
 * control channel tells it who is connected whenever presence or the current session changes;
 * each (participant, session) pair is written once, and remembered here so that the many state
 * broadcasts of a busy room do not each reach the database.
 */
import { describeError, log } from '../logger.js';
import type { Store } from '../storage/Store.js';

export class Attendance {
  /** `workshop|session|participant` keys already stored. */
  private readonly noted = new Set<string>();

  constructor(private readonly store: Store) {}

  /** Notes the connected participants in the current session; nothing before the agenda starts. */
  note(workshopId: string, sessionId: string | null, participantIds: string[], now = Date.now()): void {
    if (!sessionId) return;
    const fresh = participantIds.filter((id) => !this.noted.has(`${workshopId}|${sessionId}|${id}`));
    if (fresh.length === 0) return;
    for (const id of fresh) this.noted.add(`${workshopId}|${sessionId}|${id}`);
    this.store.recordAttendance(workshopId, sessionId, fresh, now).catch((error: unknown) => {
      // A lost attendance mark must not break the room; forget it so the next broadcast retries.
      for (const id of fresh) this.noted.delete(`${workshopId}|${sessionId}|${id}`);
      log.error('attendance.store_failed', { workshopId, error: describeError(error) });
    });
  }
}
