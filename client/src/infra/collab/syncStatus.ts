/** The connection indicator's state, derived from facts only. */

/** What the indicator shows; `refused` when the server closed for good (token no longer valid). */
export type SyncStatus = 'offline' | 'connecting' | 'saving' | 'stored' | 'refused';

export interface SyncFacts {
  /** The browser says it has a network. */
  online: boolean;
  /** The WebSocket is open. */
  connected: boolean;
  /** The server has answered our state with its step 2 on this connection. */
  synced: boolean;
  /** A connection was open before, or an attempt failed: not connected now means offline. */
  attemptedBefore: boolean;
  /** Every local change is confirmed stored by the server. */
  allStored: boolean;
  /** The server refused the token; reconnecting cannot help. */
  refused: boolean;
}

/** Offline wins over everything; "stored" only once the server has said so on this connection. */
export function syncStatusOf(facts: SyncFacts): SyncStatus {
  if (facts.refused) return 'refused';
  if (!facts.online) return 'offline';
  if (!facts.connected) return facts.attemptedBefore ? 'offline' : 'connecting';
  if (!facts.synced) return 'connecting';
  return facts.allStored ? 'stored' : 'saving';
}
