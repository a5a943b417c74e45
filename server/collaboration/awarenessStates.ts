/**
 * The awareness states of one room (cursors, selections, who is typing). Kept by the server
 * so that a connection can only speak for the awareness clients it introduced, and so that
 * the name others see is stamped from the server-side identity: no one can appear as someone else.
 */
import type { Identity } from '../../shared/api.js';
import type { AwarenessEntry } from './yjsMessages.js';

interface Held<Owner> {
  clock: number;
  state: Record<string, unknown> | null;
  owner: Owner;
}

export class AwarenessStates<Owner> {
  private readonly states = new Map<number, Held<Owner>>();

  /** `isRelay`: owners that stand for another instance's clients, whose entries arrive stamped already. */
  constructor(private readonly isRelay: (owner: Owner) => boolean = () => false) {}

  /**
   * Applies entries sent by `owner` and returns those that changed, stamped, for relay.
   * Entries for a client id owned by another connection, or with an old clock, are dropped. A
   * client id another instance relayed is taken over with a newer clock, by the same participant
   * only (its client moved here and renewed its state): stock clients echo every state they
   * know, at its clock.
   */
  apply(owner: Owner, identity: Identity, entries: AwarenessEntry[]): AwarenessEntry[] {
    const changed: AwarenessEntry[] = [];
    for (const entry of entries) {
      const held = this.states.get(entry.clientId);
      const takesOver = held !== undefined && held.owner !== owner;
      // Only the same person may take over what another instance relayed: a client id is no credential.
      if (takesOver && (!this.isRelay(held.owner) || !belongsTo(held.state, identity.participantId))) continue;
      const current = held?.clock ?? -1;
      const isNewer = entry.clock > current || (!takesOver && entry.clock === current && entry.state === null && held?.state !== null);
      if (!isNewer) continue;
      const state = entry.state === null ? null : stamp(entry.state, identity);
      this.states.set(entry.clientId, { clock: entry.clock, state, owner });
      changed.push({ clientId: entry.clientId, clock: entry.clock, state });
    }
    return changed;
  }

  /**
   * Applies entries another instance relayed (stamped there) for `relay`, and returns those that
   * changed. A newer clock wins, except over a client connected here: a peer's removal never
   * removes it (it left that instance for this one), and only the same participant's state
   * replaces it (another instance's client claiming its id is refused).
   */
  applyRelayed(relay: Owner, entries: AwarenessEntry[]): AwarenessEntry[] {
    const changed: AwarenessEntry[] = [];
    for (const entry of entries) {
      const held = this.states.get(entry.clientId);
      const heldHere = held !== undefined && !this.isRelay(held.owner);
      if (heldHere && (entry.state === null || !belongsTo(held.state, participantOf(entry.state)))) continue;
      const current = held?.clock ?? -1;
      if (!(entry.clock > current || (entry.clock === current && entry.state === null && held?.state !== null))) continue;
      this.states.set(entry.clientId, { clock: entry.clock, state: entry.state, owner: relay });
      changed.push(entry);
    }
    return changed;
  }

  /** Removes every state the owner introduced; returns the removals to relay. */
  removeOwner(owner: Owner): AwarenessEntry[] {
    const removed: AwarenessEntry[] = [];
    for (const [clientId, held] of this.states) {
      if (held.owner !== owner) continue;
      this.states.delete(clientId);
      if (held.state !== null) removed.push({ clientId, clock: held.clock + 1, state: null });
    }
    return removed;
  }

  /** Every live state, for a connection that just arrived or asked; only this instance's own clients' with `local`. */
  all(local = false): AwarenessEntry[] {
    const live: AwarenessEntry[] = [];
    for (const [clientId, held] of this.states) {
      if (held.state !== null && !(local && this.isRelay(held.owner))) live.push({ clientId, clock: held.clock, state: held.state });
    }
    return live;
  }
}

function participantOf(state: Record<string, unknown> | null): unknown {
  const user = state?.user;
  return user && typeof user === 'object' && 'participantId' in user ? user.participantId : undefined;
}

/** Whether a held state was stamped for this participant (a removed state belongs to no one). */
function belongsTo(state: Record<string, unknown> | null, participantId: unknown): boolean {
  return state === null || (participantId !== undefined && participantOf(state) === participantId);
}

/** Overwrites the `user` field with who the server knows the connection to be; keeps a colour. */
function stamp(state: Record<string, unknown>, identity: Identity): Record<string, unknown> {
  const claimed = state.user;
  const color =
    claimed && typeof claimed === 'object' && 'color' in claimed && typeof claimed.color === 'string' && /^#[0-9a-f]{6}$/i.test(claimed.color)
      ? claimed.color
      : undefined;
  return {
    ...state,
    user: {
      name: identity.name,
      organisation: identity.organisation,
      role: identity.role,
      participantId: identity.participantId,
      ...(color ? { color } : {}),
    },
  };
}
