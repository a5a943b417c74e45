/**
 * Knows whether every local change is stored on the server, from what the server itself says.
 *
 * The server stores each update before it applies or relays it, relays the applied update to
 * every connection including the sender, and opens each connection with its state vector; so
 * whatever the server sends describes stored content only. "Confirmed" collects it: struct
 * clocks per client (the server integrates each client's structs in order, so one end clock
 * per client describes them) and deletions as id ranges. "Pending" collects the same from every
 * local change. All is stored exactly when pending ⊆ confirmed.
 */
import * as Y from 'yjs';
import { ClockRanges } from './ClockRanges.js';

/** Struct end clocks and deletions of one update. */
interface UpdateFootprint {
  ends: Map<number, number>;
  deleted: Map<number, ReadonlyArray<{ clock: number; len: number }>>;
}

function footprintOf(update: Uint8Array): UpdateFootprint {
  const decoded = Y.decodeUpdate(update);
  const ends = new Map<number, number>();
  for (const struct of decoded.structs) {
    // A Skip marks a gap in the update, not content.
    if (struct instanceof Y.Skip) continue;
    const end = struct.id.clock + struct.length;
    ends.set(struct.id.client, Math.max(ends.get(struct.id.client) ?? 0, end));
  }
  return { ends, deleted: decoded.ds.clients };
}

function mergeEnds(into: Map<number, number>, from: Map<number, number>): void {
  for (const [client, clock] of from) into.set(client, Math.max(into.get(client) ?? 0, clock));
}

/** Pending versus confirmed; `onChange` fires when "all stored" may have flipped. */
export class StoredTracker {
  private readonly pendingEnds = new Map<number, number>();
  private readonly pendingDeleted = new ClockRanges();
  private readonly confirmedEnds = new Map<number, number>();
  private readonly confirmedDeleted = new ClockRanges();
  private readonly listeners = new Set<() => void>();

  /** A change made here (typing, or loaded from this device's IndexedDB). */
  notePending(update: Uint8Array): void {
    const { ends, deleted } = footprintOf(update);
    mergeEnds(this.pendingEnds, ends);
    this.pendingDeleted.addDeleteSet(deleted);
    this.emit();
  }

  /** The server's state vector (sync step 1): its structs up to these clocks are stored. */
  noteServerStateVector(stateVector: Uint8Array): void {
    mergeEnds(this.confirmedEnds, Y.decodeStateVector(stateVector));
    this.emit();
  }

  /** An update the server sent (sync step 2 or a relayed update): all of it is stored. */
  noteServerUpdate(update: Uint8Array): void {
    const { ends, deleted } = footprintOf(update);
    mergeEnds(this.confirmedEnds, ends);
    this.confirmedDeleted.addDeleteSet(deleted);
    this.emit();
  }

  /** True when every local change is known to be stored on the server. */
  get allStored(): boolean {
    for (const [client, clock] of this.pendingEnds) if ((this.confirmedEnds.get(client) ?? 0) < clock) return false;
    return this.pendingDeleted.isSubsetOf(this.confirmedDeleted);
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

