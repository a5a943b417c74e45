/**
 * One section's live Yjs document and the connections editing it.
 *
 * Applied, then durable, then visible: updates from clients are queued and, on the next turn
 * of the event loop, applied one by one to the live document. An update Yjs cannot apply is
 * refused (its sender is closed with 4400) and the document is rebuilt from the store without
 * it; an update that adds nothing is dropped. What was applied is committed to the store in one
 * transaction, and only then relayed as one merged message. A sync answer waits until every
 * update received before it is stored and relayed: every state sent to a client is stored, and
 * a client's sync round trip is a barrier behind everything it sent.
 *
 * With several instances (DocumentFanOut.ts) the room also takes in what the others committed,
 * in sequence order, and tells them what it committed, after the commit.
 */
import * as Y from 'yjs';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import { LIMITS } from '../../shared/limits.js';
import { describeError, log } from '../logger.js';
import type { SharedDocumentLog, Store } from '../storage/Store.js';
import { applyUpdate, dropWaiting } from './applyUpdate.js';
import { AwarenessStates } from './awarenessStates.js';
import type { DocumentLink, FannedRoom } from './DocumentFanOut.js';
import { OutgoingMessage } from './OutgoingMessage.js';
import { replayDocument } from './replayDocument.js';
import type { RoomConnection } from './RoomConnection.js';
import { WholeState } from './WholeState.js';
import {
  type AwarenessEntry,
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
/** Times one sender is asked for what its updates wait for, the first wait, and its growth. */
const MAX_ASKS = 3;
const FIRST_ASK_BACKOFF_MS = 1000;

interface QueuedUpdate {
  update: Uint8Array;
  from: RoomConnection;
}

export interface RoomOptions {
  name: string;
  store: Store;
  mayWrite: (connection: RoomConnection) => boolean;
  /** Told once if the room faults (see fault()), so the next join loads the document anew. */
  onFault?: (room: Room) => void;
  /** Several instances: the document's channel (subscribed before the load) and where to read what it lacks. */
  shared?: { link: DocumentLink; documents: SharedDocumentLog };
}

/** The owner of the awareness states another instance relayed for its clients. */
class RelayedBy {
  constructor(readonly instanceId: string) {}
}

type AwarenessOwner = RoomConnection | RelayedBy;

export class Room implements FannedRoom {
  readonly name: string;
  private current: Y.Doc;
  private readonly store: Store;
  private readonly mayWrite: RoomOptions['mayWrite'];
  private readonly onFault: RoomOptions['onFault'];
  private readonly connections = new Set<RoomConnection>();
  private readonly awareness = new AwarenessStates<AwarenessOwner>((owner) => owner instanceof RelayedBy);
  private readonly shared: RoomOptions['shared'];
  private readonly relays = new Map<string, RelayedBy>();
  /** A read of what other instances committed and this room lacks; asked again while it runs, it runs once more. */
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private pending: QueuedUpdate[] = [];
  private flushTimer: NodeJS.Immediate | null = null;
  private flushing: Promise<void> | null = null;
  /** With several instances: the number up to which the document holds every stored update. */
  private lastSeq = 0;
  private updatesSinceSnapshot = 0;
  /**
   * Sync step 2 answers by the state vector asked with, kept until the document changes. In a
   * join storm every newcomer asks with the empty vector; after a Wi-Fi drop, a room full of
   * clients that were in sync reconnects with one and the same vector. One encoding serves all.
   */
  private readonly answers = new Map<string, OutgoingMessage>();
  /** The whole state a cold join downloads over HTTP, kept and forgotten with the sync answers. */
  private wholeStateCache: WholeState | null = null;
  /** Rejects the whole-state reads still waiting when the room faults: they must not hang. */
  private readonly abandonOnFault = new Set<(error: Error) => void>();
  private closed = false;
  /** The document may lack what the store holds: it must never be compacted or served again. */
  private faulted = false;
  /**
   * Sync answers that wait: while a batch is in flight the document may hold what is not stored
   * yet (or be damaged by an update that threw), and an answer must include every update its
   * asker sent before it. `readsAfterQueued` run once the queued updates are stored and relayed,
   * `readsAfterFlight` once the batch in flight is.
   */
  private readsAfterQueued: (() => void)[] = [];
  private readsAfterFlight: (() => void)[] = [];
  /** Connections closed for an update that could not be applied: nothing more is taken from them. */
  private readonly refused = new WeakSet<RoomConnection>();
  /** Senders whose last update waited for content the document lacks (a server-side submit then fails). */
  private readonly incomplete = new WeakSet<RoomConnection>();
  /** How often each sender was asked for what its updates wait for, since one of them last did not. */
  private readonly asks = new WeakMap<RoomConnection, { count: number; nextAt: number }>();

  private constructor(options: RoomOptions, doc: Y.Doc) {
    this.name = options.name;
    this.store = options.store;
    this.mayWrite = options.mayWrite;
    this.onFault = options.onFault;
    this.shared = options.shared;
    this.current = doc;
  }

  /** Loads the stored snapshot and updates into a fresh document. */
  static async load(options: RoomOptions): Promise<Room> {
    const stored = await replayDocument(options.store, options.name);
    const room = new Room(options, stored.doc);
    room.lastSeq = stored.lastSeq;
    room.updatesSinceSnapshot = stored.updateCount;
    return room;
  }

  /** The live document. It is replaced when an update damaged it, so read it afresh each time. */
  get doc(): Y.Doc {
    return this.current;
  }

  /** True once close() has begun; a closed room takes no new work. */
  get isClosed(): boolean {
    return this.closed;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  get seq(): number {
    return this.lastSeq;
  }

  /** Adds a connection and starts the sync: our state vector, then who is here. */
  join(connection: RoomConnection): void {
    this.connections.add(connection);
    this.afterSettling(() => connection.send(new OutgoingMessage(encodeSyncStep1(Y.encodeStateVector(this.current)))));
    const present = this.awareness.all();
    if (present.length > 0) connection.send(new OutgoingMessage(encodeAwarenessMessage(encodeAwarenessUpdate(present))));
  }

  /** Removes a connection and tells the others its cursors are gone. */
  leave(connection: RoomConnection): void {
    if (!this.connections.delete(connection)) return;
    this.relayLocalAwareness(this.awareness.removeOwner(connection));
  }

  /** Handles one decoded message from a connection of this room. */
  receive(connection: RoomConnection, message: ClientMessage): void {
    if (this.faulted || this.refused.has(connection)) return;
    switch (message.kind) {
      case 'sync-step1':
        this.afterSettling(() => connection.send(this.syncStep2For(message.stateVector)));
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
      case 'awareness': {
        if (connection.identity.role === 'projector') return;
        const behind = this.awareness.removalsBehind(message.entries);
        if (behind.length > 0) connection.send(new OutgoingMessage(encodeAwarenessMessage(encodeAwarenessUpdate(behind))));
        this.relayLocalAwareness(this.awareness.apply(connection, connection.identity, message.entries));
        return;
      }
      case 'query-awareness':
        connection.send(new OutgoingMessage(encodeAwarenessMessage(encodeAwarenessUpdate(this.awareness.all()))));
        return;
    }
  }

  /**
   * Submits an update made by the server itself (an import, a restore) through the same
   * pipeline as a client's: applied, stored, then relayed. Resolves once it is visible, and
   * rejects unless all of it was taken in.
   */
  async submit(from: RoomConnection, update: Uint8Array): Promise<void> {
    this.pending.push({ update, from });
    this.scheduleFlush();
    await this.settle();
    if (this.refused.has(from)) throw new Error(`the change to ${this.name} could not be applied`);
    if (this.incomplete.has(from)) throw new Error(`the change to ${this.name} depends on content the room does not hold; try again`);
  }

  /**
   * Resolves when everything received so far is stored and relayed, so the document holds
   * exactly what is stored; rejects when the room faulted, as its document may not.
   */
  async settle(): Promise<void> {
    while (!this.faulted && (this.flushing || this.pending.length > 0)) {
      if (!this.flushing) this.flushNow();
      await this.flushing;
    }
    if (this.faulted) throw this.unavailable();
  }

  private unavailable(): Error {
    return new Error(`room ${this.name} ${this.faulted ? 'faulted; its document is reloaded from the store' : 'is closing'}, try again`);
  }

  /** The document changed (or was replaced): every kept answer is stale. */
  private forgetAnswers(): void {
    this.answers.clear();
    this.wholeStateCache = null;
  }

  /**
   * The whole document once every update received so far is stored and relayed, as the
   * socket's sync answers wait: what a cold join downloads over HTTP is stored content only.
   * Rejects when the room faulted (its document may lack what is stored).
   */
  wholeState(): Promise<WholeState> {
    if (this.faulted || this.closed) return Promise.reject(this.unavailable());
    return new Promise((resolve, reject) => {
      this.abandonOnFault.add(reject);
      this.afterSettling(() => {
        this.abandonOnFault.delete(reject);
        this.wholeStateCache ??= new WholeState(Y.encodeStateAsUpdate(this.current));
        resolve(this.wholeStateCache);
      });
    });
  }

  /** Stores what is pending, compacts the log into a snapshot, and frees the document. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // A faulted room holds nothing to compact; its clients resend what was not stored.
    await this.settle().catch(() => undefined);
    if (this.updatesSinceSnapshot > 0 && !this.faulted) await this.compact();
    await this.shared?.link.close();
    this.current.destroy();
  }

  private syncStep2For(stateVector: Uint8Array): OutgoingMessage {
    const key = Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.byteLength).toString('latin1');
    const known = this.answers.get(key);
    if (known) return known;
    const answer = new OutgoingMessage(encodeSyncStep2(Y.encodeStateAsUpdate(this.current, stateVector)));
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
    this.readsAfterFlight = this.readsAfterQueued;
    this.readsAfterQueued = [];
    this.flushing = this.storeAndRelay(batch)
      .catch((error: unknown) => this.fault(error))
      .finally(() => {
        this.flushing = null;
        for (const read of this.readsAfterFlight.splice(0)) read();
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
    this.readsAfterQueued = [];
    this.readsAfterFlight = [];
    this.forgetAnswers();
    const abandoned = this.unavailable();
    for (const abandon of this.abandonOnFault) abandon(abandoned);
    this.abandonOnFault.clear();
    for (const connection of [...this.connections]) connection.close(CLOSE_CODES.documentReloading, 'document reloading');
    void this.shared?.link.close();
    this.onFault?.(this);
  }

  /** Runs `read` now, or once every update received so far is stored and relayed. */
  private afterSettling(read: () => void): void {
    if (this.pending.length > 0) this.readsAfterQueued.push(read);
    else if (this.flushing) this.readsAfterFlight.push(read);
    else read();
  }

  private async storeAndRelay(batch: QueuedUpdate[]): Promise<void> {
    const { applied, incomplete } = await this.applyBatch(batch);
    if (applied.length > 0) {
      const updates = applied.map((entry) => entry.update);
      const last = await this.storeApplied(updates);
      this.updatesSinceSnapshot += updates.length;
      // Relayed as stored (merged): as the clients sent them, or the part the document took in
      // of one that partly waited; receivers ignore what they already hold.
      const merged = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
      this.relay(merged);
      this.shared?.link.publishUpdate(last - updates.length + 1, last, merged);
    }
    this.askForMissing(incomplete);
    if (this.updatesSinceSnapshot >= LIMITS.compactAfterUpdates) await this.compact();
  }

  /**
   * Applies each update to the live document, before anything is stored: that is the only
   * proof that Yjs can apply it. Returns what to store of those that changed the document, in
   * order, and the senders of those that wait for content the document lacks. One that throws
   * is refused and the document, which Yjs may have left half-changed, is rebuilt from the
   * store with the updates applied before it.
   */
  private async applyBatch(batch: QueuedUpdate[]): Promise<{ applied: QueuedUpdate[]; incomplete: Set<RoomConnection> }> {
    const applied: QueuedUpdate[] = [];
    const incomplete = new Set<RoomConnection>();
    for (const entry of batch) {
      if (this.refused.has(entry.from)) continue;
      try {
        const { stored, incomplete: waits } = applyUpdate(this.current, entry.update);
        if (stored) applied.push({ update: stored, from: entry.from });
        if (waits) {
          incomplete.add(entry.from);
          this.incomplete.add(entry.from);
        } else if (stored) {
          this.incomplete.delete(entry.from);
          this.asks.delete(entry.from);
        }
      } catch (error) {
        this.refuse(entry.from, error);
        await this.rebuild(applied);
      }
    }
    if (applied.length > 0) this.forgetAnswers();
    return { applied, incomplete };
  }

  /** Replaces the live document by the stored one plus `applied`, refusing any of those that now throws. */
  private async rebuild(applied: QueuedUpdate[]): Promise<void> {
    for (;;) {
      const { doc, lastSeq } = await this.retryWhileOpen('room.rebuild_failed', () => replayDocument(this.store, this.name));
      const failed = applied.findIndex((entry) => !appliesTo(doc, entry.update));
      if (failed === -1) {
        dropWaiting(doc);
        this.current.destroy();
        this.current = doc;
        // What other instances committed during the replay is read again (it was applied to the old document).
        if (this.shared) this.lastSeq = lastSeq;
        this.forgetAnswers();
        return;
      }
      doc.destroy();
      this.refuse(applied[failed]!.from, new Error('update could not be applied to the rebuilt document'));
      applied.splice(failed, 1);
    }
  }

  /** Closes the sender of an update that cannot be applied, with a final code: its client stops resending it. */
  private refuse(connection: RoomConnection, error: unknown): void {
    this.refused.add(connection);
    log.warn('room.update_refused', { room: this.name, role: connection.identity.role, error: describeError(error) });
    connection.close(CLOSE_CODES.malformedMessage, 'update cannot be applied');
  }

  /**
   * Commits what the document already holds. A failed store retries, and nothing is seen
   * meanwhile; a closing room stops retrying and faults, so shutdown cannot hang on a store
   * that keeps failing (the clients keep their edits and send them again on reconnect).
   */
  private async storeApplied(updates: Uint8Array[]): Promise<number> {
    const last = await this.retryWhileOpen('room.store_failed', () => this.store.appendUpdates(this.name, updates));
    if (!this.shared) this.lastSeq = last;
    // Another instance committed in between: the document lacks its updates until they are read.
    else if (last - updates.length === this.lastSeq) this.lastSeq = last;
    else if (last > this.lastSeq) this.catchUp();
    return last;
  }

  /** A batch another instance committed: applied in order; a skipped number makes the room read what it lacks first. */
  applyRemote(from: number, to: number, update: Uint8Array): void {
    if (this.closed || to <= this.lastSeq) return;
    if (from > this.lastSeq + 1 || this.catchingUp) {
      this.catchUp();
      return;
    }
    try {
      Y.applyUpdate(this.current, update);
    } catch (error) {
      this.fault(error);
      return;
    }
    this.lastSeq = to;
    this.forgetAnswers();
    this.relay(update);
  }

  /** Reads from PostgreSQL what other instances committed after this room's position, applies it and relays it. */
  catchUp(): void {
    const shared = this.shared;
    if (!shared || this.closed) return;
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return;
    }
    this.catchingUp = (async () => {
      do {
        this.catchUpAgain = false;
        const missing = await this.retryWhileOpen('room.catch_up_failed', () => shared.documents.loadDocumentAfter(this.name, this.lastSeq));
        if (this.closed || missing.lastSeq <= this.lastSeq) continue;
        const before = Y.encodeStateVector(this.current);
        if (missing.snapshot) Y.applyUpdate(this.current, missing.snapshot);
        for (const update of missing.updates) Y.applyUpdate(this.current, update.data);
        this.lastSeq = missing.lastSeq;
        this.forgetAnswers();
        this.relay(Y.encodeStateAsUpdate(this.current, before));
      } while (this.catchUpAgain && !this.closed);
    })()
      .catch((error: unknown) => {
        if (!this.closed) this.fault(error);
      })
      .finally(() => (this.catchingUp = null));
  }

  /** Awareness another instance relayed for its clients: to this instance's clients only, never published again. */
  applyRemoteAwareness(instanceId: string, entries: AwarenessEntry[]): void {
    let relay = this.relays.get(instanceId);
    if (!relay) this.relays.set(instanceId, (relay = new RelayedBy(instanceId)));
    this.relayAwareness(this.awareness.applyRelayed(relay, entries));
  }

  localAwareness(): AwarenessEntry[] {
    return this.awareness.all(true);
  }

  /** An instance is gone (killed, or cut off): the carets it relayed disappear. */
  dropInstance(instanceId: string): void {
    const relay = this.relays.get(instanceId);
    if (!relay) return;
    this.relays.delete(instanceId);
    this.relayAwareness(this.awareness.removeOwner(relay));
  }

  /** Runs `work` until it succeeds, a second apart, while the room is open; a closing room gives up. */
  private async retryWhileOpen<T>(failure: string, work: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await work();
      } catch (error) {
        log.error(failure, { room: this.name, error: describeError(error) });
        if (this.closed) throw error;
        await new Promise((resolve) => setTimeout(resolve, STORE_RETRY_MS));
      }
    }
  }

  /**
   * Updates that depend on content the server never got (typed after an edit a lock refused,
   * or lost in a reconnect) are set aside. Asking their senders for a sync step 1 makes them
   * send what is missing with them. Each sender is asked a few times, further and further
   * apart, until one of its updates is complete: content nobody holds must not cost the room.
   * A sender still incomplete after that is sent to reconnect, whose full sync settles it.
   */
  private askForMissing(senders: Set<RoomConnection>): void {
    const now = Date.now();
    let request: OutgoingMessage | null = null;
    for (const sender of senders) {
      const asked = this.asks.get(sender) ?? { count: 0, nextAt: 0 };
      if (now < asked.nextAt || !this.connections.has(sender)) continue;
      if (asked.count >= MAX_ASKS) {
        sender.close(CLOSE_CODES.documentReloading, 'missing content: reconnect to sync');
        continue;
      }
      request ??= new OutgoingMessage(encodeSyncStep1(Y.encodeStateVector(this.current)));
      sender.send(request);
      this.asks.set(sender, { count: asked.count + 1, nextAt: now + FIRST_ASK_BACKOFF_MS * 2 ** asked.count });
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
  private relayAwareness(entries: AwarenessEntry[]): void {
    if (entries.length === 0) return;
    const message = new OutgoingMessage(encodeAwarenessMessage(encodeAwarenessUpdate(entries)));
    for (const connection of this.connections) connection.send(message);
  }

  /** A change of this instance's clients: to them, and to the other instances. */
  private relayLocalAwareness(entries: AwarenessEntry[]): void {
    this.relayAwareness(entries);
    this.shared?.link.publishAwareness(entries);
  }

  /**
   * Replaces the stored log by a snapshot of the in-memory document, which holds exactly what
   * is stored (see the class comment). A failed compaction keeps the log as it was.
   */
  private async compact(): Promise<void> {
    const snapshot = Y.encodeStateAsUpdate(this.current);
    try {
      await this.store.compact(this.name, snapshot, this.lastSeq);
      this.updatesSinceSnapshot = 0;
      log.debug('room.compacted', { room: this.name, bytes: snapshot.byteLength, upToSeq: this.lastSeq });
    } catch (error) {
      log.error('room.compact_failed', { room: this.name, error: describeError(error) });
    }
  }
}

/** Applies `update` to a document being rebuilt; false when Yjs throws. */
function appliesTo(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    Y.applyUpdate(doc, update);
    return true;
  } catch {
    return false;
  }
}
