/** A listed delegate's sessions: the participants matched to them and not removed (one per delegate, unless the list was edited under them). */
import type { Store } from '../../storage/Store.js';

/** Participant ids by delegate id, for the delegates asked about (all of them when `delegateIds` is omitted). */
export async function delegateSessions(store: Store, workshopId: string, delegateIds?: readonly string[]): Promise<Map<string, string[]>> {
  const [accreditations, removals] = await Promise.all([store.listAccreditations(workshopId), store.listRemovals(workshopId)]);
  const removed = new Set(removals.map((removal) => removal.participantId));
  const wanted = delegateIds ? new Set(delegateIds) : null;
  const sessions = new Map<string, string[]>();
  for (const { participantId, delegateId } of accreditations) {
    if (!delegateId || removed.has(participantId) || (wanted && !wanted.has(delegateId))) continue;
    sessions.set(delegateId, [...(sessions.get(delegateId) ?? []), participantId]);
  }
  return sessions;
}
