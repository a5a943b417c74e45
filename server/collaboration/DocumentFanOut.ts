/**
 * Documents across instances (PostgreSQL + Redis). PostgreSQL is the only truth; Redis only
 * carries fan-out, so a lost message delays an edit and never loses one.
 *
 * Each document has one channel. After an instance commits a batch it publishes the batch's
 * sequence numbers (gap-free per document, see postgresDocuments.ts), the merged update and its
 * own id. An instance with the room loaded applies them in order: an old number is ignored, a
 * skipped one makes it read what it lacks from PostgreSQL first. A lost last message leaves no
 * room stale: every loaded room compares its position with the document's head row now and
 * then (one query for all of them) and fills what it lacks.
 *
 * The same channel carries awareness: local clients' changes with the instance's id, and a
 * question "who is here?" when a room loads, which peers answer with their own clients' states
 * only. Nothing heard from Redis is ever published again (the loop Hocuspocus had), and what a
 * peer relayed is dropped when it goes (InstancePeers), so a killed instance's carets vanish.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describeError, log } from '../logger.js';
import type { ScaleOut } from '../scaleOut/ScaleOut.js';
import type { SharedDocumentLog } from '../storage/Store.js';
import { type AwarenessEntry, encodeAwarenessUpdate, readAwarenessUpdate } from './yjsMessages.js';

/** How often loaded rooms compare their position with the document heads. */
export const HEAD_CHECK_MS = 1500;

const UPDATE = 0;
const AWARENESS = 1;
const WHO_IS_HERE = 2;

/** What the fan-out needs of a loaded room. */
export interface FannedRoom {
  readonly name: string;
  /** The last sequence number up to which the room's document holds every update. */
  readonly seq: number;
  /** A committed batch another instance published: updates `from`..`to`, merged. */
  applyRemote(from: number, to: number, update: Uint8Array): void;
  /** Reads what the room lacks from PostgreSQL (the head is ahead of it). */
  catchUp(): void;
  applyRemoteAwareness(instanceId: string, entries: AwarenessEntry[]): void;
  /** The states of this instance's own clients, for a peer that asks. */
  localAwareness(): AwarenessEntry[];
  /** A peer is gone: its clients' states leave with it. */
  dropInstance(instanceId: string): void;
}

type Heard =
  | { kind: typeof UPDATE; from: number; to: number; update: Uint8Array }
  | { kind: typeof AWARENESS; entries: AwarenessEntry[] }
  | { kind: typeof WHO_IS_HERE };

/** One room's end of its document's channel, opened before the room loads. */
export class DocumentLink {
  private room: FannedRoom | null = null;
  /** Updates heard while the room loads; handed over, in order, once it is attached. */
  private buffered: Heard[] = [];
  private unsubscribe: (() => Promise<void>) | null = null;
  private closed = false;

  constructor(
    private readonly fanOut: DocumentFanOut,
    readonly name: string,
  ) {}

  /** Subscribes first, so nothing committed after the load begins can fall between load and channel. */
  async open(): Promise<void> {
    this.unsubscribe = await this.fanOut.scaleOut.subscribe(channelOf(this.name), (message) => this.heard(message));
  }

  /** The room is loaded: what arrived meanwhile is reconciled with its position, and peers are asked who is here. */
  attach(room: FannedRoom): void {
    this.room = room;
    this.fanOut.attached(this);
    for (const message of this.buffered.splice(0)) this.deliver(message);
    this.askWhoIsHere();
  }

  /** Peers answer with their own clients' awareness states. */
  askWhoIsHere(): void {
    this.send(WHO_IS_HERE, () => undefined);
  }

  /** Asks who is here and says who is here: after a peer (re)joined. */
  reintroduce(): void {
    if (!this.room) return;
    this.askWhoIsHere();
    this.publishAwareness(this.room.localAwareness());
  }

  get attachedRoom(): FannedRoom | null {
    return this.room;
  }

  /** After the commit only: relayed to the other instances' clients. */
  publishUpdate(from: number, to: number, update: Uint8Array): void {
    this.send(UPDATE, (encoder) => {
      encoding.writeVarUint(encoder, from);
      encoding.writeVarUint(encoder, to);
      encoding.writeVarUint8Array(encoder, update);
    });
  }

  /** This instance's clients' awareness changes; never what came from a peer. */
  publishAwareness(entries: AwarenessEntry[]): void {
    if (entries.length === 0) return;
    this.send(AWARENESS, (encoder) => encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(entries)));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.fanOut.detached(this);
    this.room = null;
    await this.unsubscribe?.().catch((error: unknown) => log.warn('fanout.unsubscribe_failed', { document: this.name, error: describeError(error) }));
  }

  private send(kind: number, body: (encoder: encoding.Encoder) => void): void {
    if (this.closed) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.fanOut.scaleOut.instanceId);
    encoding.writeVarUint(encoder, kind);
    body(encoder);
    // A failed publish loses nothing: peers find the update through the head check.
    this.fanOut.scaleOut
      .publish(channelOf(this.name), Buffer.from(encoding.toUint8Array(encoder)))
      .catch((error: unknown) => log.warn('fanout.publish_failed', { document: this.name, error: describeError(error) }));
  }

  private heard(message: Buffer): void {
    let origin: string;
    let heard: Heard;
    try {
      const decoder = decoding.createDecoder(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
      origin = decoding.readVarString(decoder);
      const kind = decoding.readVarUint(decoder);
      if (kind === UPDATE) {
        heard = { kind, from: decoding.readVarUint(decoder), to: decoding.readVarUint(decoder), update: decoding.readVarUint8Array(decoder) };
      } else if (kind === AWARENESS) {
        heard = { kind, entries: readAwarenessUpdate(decoding.readVarUint8Array(decoder)) };
      } else if (kind === WHO_IS_HERE) {
        heard = { kind };
      } else return;
    } catch (error) {
      log.warn('fanout.message_unreadable', { document: this.name, error: describeError(error) });
      return;
    }
    if (origin === this.fanOut.scaleOut.instanceId || this.closed) return;
    if (this.room) this.deliver(heard, origin);
    // While the room loads only updates are kept: it asks for awareness once attached.
    else if (heard.kind === UPDATE) this.buffered.push(heard);
  }

  private deliver(heard: Heard, origin?: string): void {
    const room = this.room;
    if (!room) return;
    switch (heard.kind) {
      case UPDATE:
        room.applyRemote(heard.from, heard.to, heard.update);
        return;
      case AWARENESS:
        if (!origin) return;
        this.fanOut.scaleOut.peers.vouch(origin);
        room.applyRemoteAwareness(origin, heard.entries);
        return;
      case WHO_IS_HERE:
        this.publishAwareness(room.localAwareness());
        return;
    }
  }
}

/** The instance's side: opens links, drops a gone peer's awareness, and runs the head check. */
export class DocumentFanOut {
  private readonly links = new Set<DocumentLink>();
  private readonly timer: NodeJS.Timeout;
  private checking = false;
  private readonly onGone = (instanceId: string) => {
    log.info('fanout.peer_gone', { instanceId, rooms: this.links.size });
    for (const link of this.links) link.attachedRoom?.dropInstance(instanceId);
  };
  /**
   * A peer heard (again, after a Redis outage made it look gone): carets are asked for and told
   * anew. Both, because either side's subscription may come back after the other's heartbeat.
   */
  private readonly onJoined = () => {
    for (const link of this.links) link.reintroduce();
  };

  constructor(
    readonly scaleOut: ScaleOut,
    private readonly documents: SharedDocumentLog,
    headCheckMs = HEAD_CHECK_MS,
  ) {
    scaleOut.peers.on('gone', this.onGone);
    scaleOut.peers.on('joined', this.onJoined);
    this.timer = setInterval(() => void this.checkHeads(), headCheckMs);
    this.timer.unref();
  }

  /** A subscribed link for a room about to load. */
  async open(name: string): Promise<DocumentLink> {
    const link = new DocumentLink(this, name);
    await link.open();
    return link;
  }

  attached(link: DocumentLink): void {
    this.links.add(link);
  }

  detached(link: DocumentLink): void {
    this.links.delete(link);
  }

  stop(): void {
    clearInterval(this.timer);
    this.scaleOut.peers.off('gone', this.onGone);
    this.scaleOut.peers.off('joined', this.onJoined);
  }

  /** One query for every loaded room; a room behind its head reads what it lacks. */
  private async checkHeads(): Promise<void> {
    if (this.checking || this.links.size === 0) return;
    this.checking = true;
    try {
      const rooms = [...this.links].flatMap((link) => (link.attachedRoom ? [link.attachedRoom] : []));
      const heads = await this.documents.documentHeads(rooms.map((room) => room.name));
      for (const room of rooms) if ((heads.get(room.name) ?? 0) > room.seq) room.catchUp();
    } catch (error) {
      log.warn('fanout.head_check_failed', { error: describeError(error) });
    } finally {
      this.checking = false;
    }
  }
}

const channelOf = (documentName: string) => `doc:${documentName}`;
