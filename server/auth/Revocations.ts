/**
 * Participants removed while the server runs. Their tokens are gone from the store, so a new
 * request or connection is refused there; this tells the open connections (Yjs sockets, control
 * sockets) to close at once, and closes the window in which a connection authenticated just
 * before the removal is accepted just after it.
 */
import { describeError, log } from '../logger.js';

export type RevocationListener = (workshopId: string, participantId: string) => void;

export class Revocations {
  private readonly removed = new Set<string>();
  private readonly listeners = new Set<RevocationListener>();

  /**
   * Marks the participant removed and tells every listener, which closes their connections. The
   * removal is already stored: a listener that throws is logged, and the others still run.
   */
  revoke(workshopId: string, participantId: string): void {
    this.removed.add(key(workshopId, participantId));
    for (const listener of this.listeners) {
      try {
        listener(workshopId, participantId);
      } catch (error) {
        log.error('auth.revocation_listener_failed', { workshopId, error: describeError(error) });
      }
    }
  }

  isRevoked(workshopId: string, participantId: string | null): boolean {
    return participantId !== null && this.removed.has(key(workshopId, participantId));
  }

  onRevoke(listener: RevocationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const key = (workshopId: string, participantId: string) => `${workshopId}|${participantId}`;
