/**
 * A raw `ws` socket that speaks just enough y-websocket to be in a room: it asks for the state
 * with an empty state vector, answers the server's sync step 1 with an empty step 2 (as a fresh
 * stock client does), and hands every step 2 or update frame to `onFrame` with its arrival time.
 * It keeps no document, so thousands of frames per second cost it a byte search each.
 */
import WebSocket from 'ws';
import { EMPTY_STEP1, EMPTY_STEP2, encodeStep1, SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE, syncStepOf } from './wire.js';

/** Where a light client connects and what it does with frames. */
export interface LightClientOptions {
  url: string;
  /** False for the plain relay: it has no document, sends no step 1 and answers none. */
  serverKeepsDocument: boolean;
  /** The state vector it asks with; none (a fresh client) asks for everything. */
  stateVector?: Uint8Array;
  onFrame?: (frame: Uint8Array, now: number) => void;
}

/** A protocol-minimal client that records what it receives. */
export class LightClient {
  readonly socket: WebSocket;
  /** performance.now() when the first step 2 arrived (or the socket opened, on the relay). */
  syncedAt: number | null = null;
  /** The first step 2 frame, kept for verification. */
  firstStep2: Uint8Array | null = null;
  readonly synced: Promise<void>;
  private answeredStep1 = false;

  constructor(private readonly options: LightClientOptions) {
    this.socket = new WebSocket(options.url, { perMessageDeflate: false });
    this.synced = new Promise<void>((resolve, reject) => {
      this.socket.once('error', reject);
      this.socket.on('message', (data) => {
        this.handleFrame(data as Buffer);
        if (this.syncedAt !== null) resolve();
      });
      this.socket.once('open', () => {
        if (options.serverKeepsDocument) this.socket.send(options.stateVector ? encodeStep1(options.stateVector) : EMPTY_STEP1);
        else this.markSynced(performance.now(), resolve);
      });
    });
    // A failure after sync still must not crash the load process; the delivery ratio shows it.
    this.synced.catch(() => undefined);
  }

  send(message: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(message);
  }

  close(): void {
    this.socket.terminate();
  }

  private markSynced(now: number, resolve: () => void): void {
    this.syncedAt ??= now;
    resolve();
  }

  private handleFrame(frame: Buffer): void {
    const now = performance.now();
    const step = syncStepOf(frame);
    if (step === SYNC_STEP1 && this.options.serverKeepsDocument && !this.answeredStep1) {
      this.answeredStep1 = true;
      this.socket.send(EMPTY_STEP2);
      return;
    }
    if (step === SYNC_STEP2 && this.syncedAt === null) {
      this.syncedAt = now;
      this.firstStep2 = new Uint8Array(frame);
    }
    if (step === SYNC_STEP2 || step === SYNC_UPDATE) this.options.onFrame?.(frame, now);
  }
}
