/**
 * One section's live Yjs document and the connections editing it.
 *
 * Durable before visible: updates from clients are queued, committed to the store in one
 * transaction, and only then relayed as one merged message and applied to the in-memory
 * document. The in-memory document therefore never holds anything unstored, and every state
 * sent to a syncing client is already stored.
 */
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import { LIMITS } from '../../shared/limits.js';
import { describeError, log } from '../logger.js';
import type { Store } from '../storage/Store.js';
import { AwarenessStates } from './awarenessStates.js';
import { OutgoingMessage } from './OutgoingMessage.js';
import type { RoomConnection } from './RoomConnection.js';
import {
  type ClientMessage,
  encodeAwarenessMessage,
  encodeAwarenessUpdate,
  encodeSyncStep1,
  encodeSyncStep2,
  syncUpdateMessage,
} from './yjsMessages.js';

/** Wait before retrying a failed store; the updates stay queued meanwhile and nothing is relayed. */
const STORE_RETRY_MS = 1000;
/** Distinct state vectors whose sync answers a room keeps until its document changes. */
const MAX_CACHED_ANSWERS = 32;

export interface RoomOptions {
  name: string;
  store: Store;
  mayWrite: (connection: RoomConnection) => boolean;
  /** Told once if the room faults (see fault()), so the next join loads the document anew. */
  onFault?: (room: Room) => void;
}

export class Room {
  readonly name: string;
  readonly doc = new Y.Doc();
  private readonly store: Store;
  private readonly mayWrite: RoomOptions['mayWrite'];
  private readonly onFault: RoomOptions['onFault'];
  private readonly connections = new Set<RoomConnection>();
  private readonly awareness = new AwarenessStates<RoomConnection>();
  private pending: { update: Uint8Array; from: RoomConnection }[] = [];
  private flushTimer: NodeJS.Immediate | null = null;
  private flushing: Promise<void> | null = null;
  private lastSeq = 0;
  private updatesSinceSnapshot = 0;
  /**
   * Sync step 2 answers by the state vector asked with, kept until the document changes. In a
   * join storm every newcomer asks with the empty vector; after a Wi-Fi drop, a room full of
   * clients that were in sync reconnects with one and the same vector. One encoding serves all.
   */
  private readonly answers = new Map<string, OutgoingMessage>();
  private closed = false;
  /** The document may lack what the store holds: it must never be compacted or served again. */
  private faulted = false;

  private constructor(options: RoomOptions) {
    this.name = options.name;
    this.store = options.store;
    this.mayWrite = options.mayWrite;
    this.onFault = options.onFault;
  }

  /** Loads the stored snapshot and updates into a fresh document. */
  static async load(options: RoomOptions): Promise<Room> {
    const room = new Room(options);
    const stored = await options.store.loadDocument(options.name);
    room.doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(room.doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(room.doc, update);
    });
    room.lastSeq = stored.lastSeq;
    room.updatesSinceSnapshot = stored.updates.length;
    return room;
  }

  /** True once close() has begun; a closed room takes no new work. */
  get isClosed(): boolean {
    return this.closed;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Adds a connection and starts the sync: our state vector, then who is here. */
  join(connection: RoomConnection): void {
    this.connections.add(connection);
    connection.send(new OutgoingMessage(encodeSyncStep1(Y.encodeStateVector(this.doc))));
    const present = this.awareness.all();
    if (present.length > 0) connection.send(new OutgoingMessage(encodeAwarenessMessage(encodeAwarenessUpdate(present))));
  }

  /** Removes a connection and tells the others its cursors are gone. */
  leave(connection: RoomConnection): void {
    if (!this.connections.delete(connection)) return;
    this.relayAwareness(this.awareness.removeOwner(connection));
  }

  /** Handles one decoded message from a connection of this room. */
  receive(connection: RoomConnection, message: ClientMessage): void {
    if (this.faulted) return;
    switch (message.kind) {
      case 'sync-step1':
        connection.send(this.syncStep2For(message.stateVector));
        return;
      case 'sync-step2':
      case 'update':
        // Read-only roles and locked sections: the update is neither applied, stored nor relayed.
        if (!this.mayWrite(connection)) return;
        // Every stock client answers our sync step 1 with an empty update: nothing to store.
        if (message.empty) return;
        this.pending.push({ update: message.update, from: connection });
        this.scheduleFlush();
        return;
      case 'awareness':
        if (connection.identity.role === 'projector') return;
        this.relayAwareness(this.awareness.apply(connection, connection.identity, message.entries));
        return;
      case 'query-awareness':
        connection.send(new OutgoingMessage(encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness.all()))));
        return;
    }
  }

  /**
   * Submits an update made by the server itself (an import, a restore) through the same
   * pipeline as a client's: stored, then applied and relayed. Resolves once it is visible.
   */
  async submit(from: RoomConnection, update: Uint8Array): Promise<void> {
    this.pending.push({ update, from });
    this.scheduleFlush();
    await this.settle();
    if (this.faulted) throw new Error(`room ${this.name} faulted; the change may not be stored, try again`);
  }

  /** Resolves when everything received so far is stored and relayed (or the room faulted). */
  async settle(): Promise<void> {
    while (!this.faulted && (this.flushing || this.pending.length > 0)) {
      if (!this.flushing) this.flushNow();
      await this.flushing;
    }
  }

  /** Stores what is pending, compacts the log into a snapshot, and frees the document. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.settle();
    if (this.updatesSinceSnapshot > 0 && !this.faulted) await this.compact();
    this.doc.destroy();
  }

  private syncStep2For(stateVector: Uint8Array): OutgoingMessage {
    const key = Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.byteLength).toString('latin1');
    const known = this.answers.get(key);
    if (known) return known;
    const answer = new OutgoingMessage(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector)));
    // Clients far behind each ask with their own vector; a bound keeps those from piling up.
    if (this.answers.size < MAX_CACHED_ANSWERS) this.answers.set(key, answer);
    return answer;
  }

  /**
   * Group commit: everything read from the sockets in one turn of the event loop is stored and
   * relayed together on the next. A quiet room waits for nothing; a room that falls behind
   * reads more per turn, so its batches grow and its commits and relays thin out by themselves.
   */
  private scheduleFlush(): void {
    if (this.flushTimer || this.flushing || this.closed) return;
    this.flushTimer = setImmediate(() => this.flushNow());
  }

  private flushNow(): void {
    if (this.flushTimer) {
      clearImmediate(this.flushTimer);
      this.flushTimer = null;
    }
    if (this.flushing || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.storeAndRelay(batch)
      .catch((error: unknown) => this.fault(error))
      .finally(() => {
        this.flushing = null;
        if (this.pending.length > 0) this.scheduleFlush();
      });
  }

  /**
   * Something threw after a batch was stored (in the relay or the apply), so the document may
   * now lack what the store holds. Carrying on would serve and compact that document. Instead
   * the room stops and sends everyone away to reconnect: the registry loads the document afresh
   * from the store, and each client's sync sends back whatever the server did not store.
   */
  private fault(error: unknown): void {
    log.error('room.fault', { room: this.name, error: describeError(error) });
    this.faulted = true;
    this.closed = true;
    this.pending = [];
    this.answers.clear();
    for (const connection of [...this.connections]) connection.close(CLOSE_CODES.documentReloading, 'document reloading');
    this.onFault?.(this);
  }

  private async storeAndRelay(batch: { update: Uint8Array; from: RoomConnection }[]): Promise<void> {
    const updates = batch.map((entry) => entry.update);
    try {
      this.lastSeq = await this.store.appendUpdates(this.name, updates);
    } catch (error) {
      // Nothing was stored, so nothing may be seen: requeue in order and try again later.
      log.error('room.store_failed', { room: this.name, updates: batch.length, error: describeError(error) });
      this.pending = batch.concat(this.pending);
      await new Promise((resolve) => setTimeout(resolve, STORE_RETRY_MS));
      return;
    }
    this.updatesSinceSnapshot += batch.length;
    // What was stored is relayed as the clients sent it (merged), so the document needs no
    // update listener and nothing is encoded twice; receivers ignore what they already hold.
    this.relay(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
    this.applyBatch(updates);
    this.askForMissing(batch);
    if (this.updatesSinceSnapshot >= LIMITS.compactAfterUpdates) await this.compact();
  }

  /** Applies a stored batch in one transaction. */
  private applyBatch(batch: Uint8Array[]): void {
    this.answers.clear();
    this.doc.transact(() => {
      for (const update of batch) Y.applyUpdate(this.doc, update);
    });
  }

  /**
   * Updates that depend on content the server never got (sent while a section was locked, or
   * lost in a reconnect) wait in the document. Asking their senders for a sync step 1 makes
   * them send what is missing, so the document converges instead of waiting forever.
   */
  private askForMissing(batch: { from: RoomConnection }[]): void {
    if (this.doc.store.pendingStructs === null && this.doc.store.pendingDs === null) return;
    const request = new OutgoingMessage(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    for (const sender of new Set(batch.map((entry) => entry.from))) {
      if (this.connections.has(sender)) sender.send(request);
    }
  }

  /** One message, framed once, for every connection; the sender's echo confirms its edit is stored. */
  private relay(update: Uint8Array): void {
    const message = syncUpdateMessage(update);
    for (const connection of this.connections) connection.send(message);
  }

  /**
   * Relays awareness to everyone, the sender too, as the reference server does: the stock
   * provider renews its state every 15 s and drops a socket that heard nothing for 30 s, so the
   * echo is what keeps a lone participant's connection alive.
   */
  private relayAwareness(entries: ReturnType<AwarenessStates<RoomConnection>['all']>): void {
    if (entries.length === 0) return;
    const message = new OutgoingMessage(encodeAwarenessMessage(encodeAwarenessUpdate(entries)));
    for (const connection of this.connections) connection.send(message);
  }

  /**
   * Replaces the stored log by a snapshot of the in-memory document, which holds exactly what
   * is stored (see the class comment). A failed compaction keeps the log as it was.
   */
  private async compact(): Promise<void> {
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    try {
      await this.store.compact(this.name, snapshot, this.lastSeq);
      this.updatesSinceSnapshot = 0;
      log.debug('room.compacted', { room: this.name, bytes: snapshot.byteLength, upToSeq: this.lastSeq });
    } catch (error) {
      log.error('room.compact_failed', { room: this.name, error: describeError(error) });
    }
  }
}
