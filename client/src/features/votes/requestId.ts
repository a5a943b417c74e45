/**
 * Request ids for `vote:cast`. One id per cast attempt: a retry of the same ballot after a
 * timeout reuses it, so the server counts the ballot once however often it arrives.
 */

/** A pending attempt: the ballot sent (as a stable key) and the id it was sent with. */
export interface CastAttempt {
  ballotKey: string;
  requestId: string;
}

/**
 * 32 hex characters from `getRandomValues`, which works on plain-http LAN addresses too
 * (`crypto.randomUUID` exists only in secure contexts).
 */
export function newRequestId(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  return Array.from(random(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The id for sending `ballotKey`: the unanswered attempt's id when it is the same ballot, a new one otherwise. */
export function requestIdFor(unanswered: CastAttempt | null, ballotKey: string, fresh: () => string = newRequestId): CastAttempt {
  return unanswered && unanswered.ballotKey === ballotKey ? unanswered : { ballotKey, requestId: fresh() };
}
