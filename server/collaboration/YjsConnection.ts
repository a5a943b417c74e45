/**
 * One WebSocket on the Yjs endpoint. Each frame is decoded completely before the room sees it;
 * a malformed frame, a flood of frames or a slow reader closes this connection only, with a
 * close code from shared/. Nothing thrown here escapes to the process.
 */
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { Identity } from '../../shared/api.js';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import { LIMITS } from '../../shared/limits.js';
import type { Section } from '../../shared/sections.js';
import { describeError, log } from '../logger.js';
import { TokenBucket } from '../util/TokenBucket.js';
import type { OutgoingMessage } from './OutgoingMessage.js';
import type { Room } from './Room.js';
import type { RoomConnection } from './RoomConnection.js';
import { decodeClientMessage, MalformedMessage } from './yjsMessages.js';

/** A reader this far behind is not reading; dropping it protects the server's memory. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;
/** Frames kept while the room loads; an honest client sends two or three. */
const MAX_QUEUED_FRAMES = 64;

export class YjsConnection implements RoomConnection {
  private room: Room | null = null;
  private readonly queue: Uint8Array[] = [];
  private readonly bucket = new TokenBucket(LIMITS.yjsMessagesPerSecond, LIMITS.yjsMessageBurst);

  /**
   * @param wire The TCP socket `socket` was upgraded from. Outgoing frames, built once per
   *   message, are written to it directly; ws writes its own frames (close, ping, pong) whole and
   *   synchronously and compression is off, so the two never interleave within a frame.
   */
  constructor(
    private readonly socket: WebSocket,
    private readonly wire: Duplex,
    readonly identity: Identity,
    readonly section: Section,
    private readonly documentName: string,
  ) {
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data, isBinary) => this.handleFrame(data as Buffer, isBinary));
    socket.on('error', (error) => log.warn('yjs.socket_error', { document: documentName, error: describeError(error) }));
  }

  /** Attaches the room; frames that arrived while it loaded are handled now, in order. */
  attach(room: Room): void {
    this.room = room;
    for (const frame of this.queue.splice(0)) this.handleDecoded(frame);
  }

  send(message: OutgoingMessage): void {
    if (this.socket.readyState !== this.socket.OPEN || !this.wire.writable) return;
    // Counts what waits in the TCP socket, so frames written here are included.
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CLOSE_CODES.rateLimited, 'too far behind');
      return;
    }
    this.wire.write(message.frame);
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) {
      this.socket.close(code, reason);
    }
  }

  onClose(listener: () => void): void {
    this.socket.on('close', listener);
  }

  private handleFrame(data: Buffer, isBinary: boolean): void {
    if (!this.bucket.take()) {
      log.warn('yjs.rate_limited', { document: this.documentName, role: this.identity.role });
      this.close(CLOSE_CODES.rateLimited, 'too many messages');
      return;
    }
    if (!isBinary) {
      this.close(CLOSE_CODES.malformedMessage, 'expected a binary frame');
      return;
    }
    const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.room) this.handleDecoded(frame);
    else if (this.queue.length < MAX_QUEUED_FRAMES) this.queue.push(frame);
    else this.close(CLOSE_CODES.rateLimited, 'too many messages before the document loaded');
  }

  private handleDecoded(frame: Uint8Array): void {
    try {
      this.room?.receive(this, decodeClientMessage(frame));
    } catch (error) {
      const malformed = error instanceof MalformedMessage;
      log.warn(malformed ? 'yjs.malformed_frame' : 'yjs.frame_failed', {
        document: this.documentName,
        role: this.identity.role,
        bytes: frame.byteLength,
        error: describeError(error),
      });
      this.close(CLOSE_CODES.malformedMessage, malformed ? 'malformed message' : 'message could not be handled');
    }
  }
}
