/**
 * The awareness states of one room (cursors, selections, who is typing). Kept by the server
 * so that a connection can only speak for the awareness clients it introduced, and so that
 * the name others see is stamped from the server-side identity: no one can appear as someone else.
 */
import type { Identity } from '../../shared/api.js';
import type { AwarenessEntry } from './yjsMessages.js';

/** Client ids one connection may speak for: a page has one per document; a few more cover reloads of it. */
const MAX_CLIENTS_PER_OWNER = 16;
/** Removals remembered for clients that may come back; the oldest are forgotten past this. */
const MAX_REMEMBERED_REMOVALS = 2000;

interface Held<Owner> {
  clock: number;
  state: Record<string, unknown> | null;
  owner: Owner;
}

export class AwarenessStates<Owner> {
  private readonly states = new Map<number, Held<Owner>>();
  /** The clock each removed client id was removed at, as every client here took it. */
  private readonly removals = new Map<number, number>();

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
    // Counted only for an id new to this owner: a caret's move, the common frame, costs no count.
    let owned: number | null = null;
    for (const entry of entries) {
      const held = this.states.get(entry.clientId);
      // A removal of a state this connection does not hold is an echo (stock clients repeat every
      // change they hear): taken as a claim, it would lock the id's own client out when it returns.
      if (entry.state === null && held?.owner !== owner) continue;
      if (held?.owner !== owner && (owned ??= this.countOwned(owner)) >= MAX_CLIENTS_PER_OWNER) continue;
      const takesOver = held !== undefined && held.owner !== owner;
      // Only the same person may take over what another instance relayed: a client id is no credential.
      if (takesOver && (!this.isRelay(held.owner) || !belongsTo(held.state, identity.participantId))) continue;
      const current = held?.clock ?? -1;
      const isNewer = entry.clock > current || (!takesOver && entry.clock === current && entry.state === null && held?.state !== null);
      if (!isNewer) continue;
      const state = entry.state === null ? null : stamp(entry.state, identity);
      if (held?.owner !== owner && owned !== null) owned++;
      this.states.set(entry.clientId, { clock: entry.clock, state, owner });
      this.removals.delete(entry.clientId);
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

  private countOwned(owner: Owner): number {
    let count = 0;
    for (const held of this.states.values()) if (held.owner === owner) count++;
    return count;
  }

  /** Removes every state the owner introduced; returns the removals to relay. */
  removeOwner(owner: Owner): AwarenessEntry[] {
    const removed: AwarenessEntry[] = [];
    for (const [clientId, held] of this.states) {
      if (held.owner !== owner) continue;
      this.states.delete(clientId);
      // A state its client already removed (it said goodbye) is gone for everyone at its own clock.
      const removedAt = held.state === null ? held.clock : held.clock + 1;
      this.removals.set(clientId, removedAt);
      if (this.removals.size > MAX_REMEMBERED_REMOVALS) this.removals.delete(this.removals.keys().next().value!);
      if (held.state !== null) removed.push({ clientId, clock: removedAt, state: null });
    }
    return removed;
  }

  /**
   * The removals a returning client is behind: its state comes back at the clock it had (a
   * reconnect, or a move from a killed instance) while everyone here took its removal one clock
   * on, so they would ignore it until its second change. Told of its own removal, a stock client
   * re-announces itself a clock further at once.
   */
  removalsBehind(entries: AwarenessEntry[]): AwarenessEntry[] {
    const behind: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (entry.state === null) continue;
      const held = this.states.get(entry.clientId);
      const removedAt = held ? (held.state === null ? held.clock : undefined) : this.removals.get(entry.clientId);
      if (removedAt !== undefined && entry.clock <= removedAt) behind.push({ clientId: entry.clientId, clock: removedAt, state: null });
    }
    return behind;
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
