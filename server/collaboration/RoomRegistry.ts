/**
 * The rooms loaded in memory, one per section document. A room is loaded on first join and
 * unloaded, after everything is stored, when it has had no connection for `idleUnloadMs`.
 */
import * as Y from 'yjs';
import type { Identity } from '../../shared/api.js';
import type { Section } from '../../shared/sections.js';
import { describeError, log } from '../logger.js';
import type { SharedDocumentLog, Store } from '../storage/Store.js';
import type { DocumentFanOut } from './DocumentFanOut.js';
import { Room, type RoomOptions } from './Room.js';
import { type RoomConnection, serverSideConnection } from './RoomConnection.js';

export interface RoomRegistryOptions {
  store: Store;
  idleUnloadMs: number;
  /** The write policy, asked for every update so that a lock takes effect on the next frame. */
  mayWrite: RoomOptions['mayWrite'];
  /** Several instances: each room's document channel, and the shared log to fill gaps from. */
  fanOut?: { channels: DocumentFanOut; documents: SharedDocumentLog };
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  /** Rooms being unloaded: a new load of the same document waits for the last store. */
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: RoomRegistryOptions) {}

  /** Joins the connection to the room of `name`, loading it if needed. */
  async join(name: string, connection: RoomConnection): Promise<Room> {
    for (;;) {
      const loading = this.rooms.get(name) ?? this.load(name);
      const room = await loading;
      // The room may have been unloaded while we waited; then load it again.
      if (this.rooms.get(name) !== loading) continue;
      this.cancelIdle(name);
      room.join(connection);
      return room;
    }
  }

  /**
   * Changes a document on the server's behalf: `edit` runs on a copy of the current state and
   * the resulting update goes through the room like a client's (stored before it is seen).
   * Returns whether anything changed.
   */
  async change(name: string, as: Identity, edit: (doc: Y.Doc) => void): Promise<boolean> {
    const holder = serverSideConnection(as, sectionOf(name));
    const room = await this.join(name, holder);
    try {
      // Edit what is stored: a batch in flight may hold what a refusal takes back out.
      await room.settle();
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
      let update: Uint8Array | null = null;
      copy.on('update', (u: Uint8Array) => (update = u));
      copy.transact(() => edit(copy));
      copy.destroy();
      if (update) await room.submit(holder, update);
      return update !== null;
    } finally {
      this.leave(room, holder);
    }
  }

  /** Reads a room on someone's behalf (a cold join over HTTP): the room stays loaded until `read` settles. */
  async read<T>(name: string, as: Identity, read: (room: Room) => Promise<T>): Promise<T> {
    const holder = serverSideConnection(as, sectionOf(name));
    const room = await this.join(name, holder);
    try {
      return await read(room);
    } finally {
      this.leave(room, holder);
    }
  }

  /** Removes the connection; an empty room starts its idle countdown. */
  leave(room: Room, connection: RoomConnection): void {
    room.leave(connection);
    if (room.connectionCount > 0 || room.isClosed || this.idleTimers.has(room.name)) return;
    this.idleTimers.set(
      room.name,
      setTimeout(() => void this.unload(room), this.options.idleUnloadMs),
    );
  }

  /** Names of the rooms in memory (for tests and health). */
  loadedRooms(): string[] {
    return [...this.rooms.keys()];
  }

  /** Stores and unloads every room (shutdown). */
  async closeAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const rooms = await Promise.allSettled(this.rooms.values());
    await Promise.all(rooms.map((r) => (r.status === 'fulfilled' ? this.unload(r.value, true) : Promise.resolve())));
    await Promise.all(this.unloading.values());
  }

  private load(name: string): Promise<Room> {
    const previous = this.unloading.get(name) ?? Promise.resolve();
    const loading: Promise<Room> = previous.then(() => this.loadRoom(name, () => this.forget(name, loading)));
    this.rooms.set(name, loading);
    loading.catch((error: unknown) => {
      log.error('room.load_failed', { room: name, error: describeError(error) });
      if (this.rooms.get(name) === loading) this.rooms.delete(name);
    });
    return loading;
  }

  /**
   * With several instances the document's channel is subscribed before the load (y-redis's
   * order): what another instance commits meanwhile is either in the load or heard, never neither.
   */
  private async loadRoom(name: string, onFault: () => void): Promise<Room> {
    const { store, mayWrite, fanOut } = this.options;
    const link = fanOut ? await fanOut.channels.open(name) : null;
    try {
      const room = await Room.load({ name, store, mayWrite, onFault, ...(link && fanOut ? { shared: { link, documents: fanOut.documents } } : {}) });
      link?.attach(room);
      return room;
    } catch (error) {
      await link?.close();
      throw error;
    }
  }

  /** `force`: at shutdown, connections that are still closing do not keep a room in memory. */
  private async unload(room: Room, force = false): Promise<void> {
    this.idleTimers.delete(room.name);
    if (room.connectionCount > 0 && !force) return;
    this.rooms.delete(room.name);
    const closing = room.close().catch((error: unknown) => {
      log.error('room.unload_failed', { room: room.name, error: describeError(error) });
    });
    this.unloading.set(room.name, closing);
    await closing;
    if (this.unloading.get(room.name) === closing) this.unloading.delete(room.name);
    log.debug('room.unloaded', { room: room.name });
  }

  /** A faulted room is dropped at once, with no final store (it holds nothing unstored): the next join loads anew. */
  private forget(name: string, loading: Promise<Room>): void {
    if (this.rooms.get(name) !== loading) return;
    this.rooms.delete(name);
    this.cancelIdle(name);
  }

  private cancelIdle(name: string): void {
    const timer = this.idleTimers.get(name);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(name);
  }
}

/** `workshop/section` → `section`. */
function sectionOf(name: string): Section {
  return name.slice(name.lastIndexOf('/') + 1) as Section;
}
