/**
 * The unmodified y-websocket WebsocketProvider with its own Y.Doc, as the real client runs it.
 * Remote updates are timestamped when Yjs has applied them (the `update` event).
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A stock y-websocket client with its own document. */
export class StockClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** performance.now() of the first completed sync. */
  syncedAt: number | null = null;
  readonly synced: Promise<void>;
  readonly connected: Promise<void>;

  constructor(wsBase: string, section: string, token: string, onUpdate?: (update: Uint8Array, now: number) => void) {
    this.provider = new WebsocketProvider(wsBase, section, this.doc, {
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    this.synced = new Promise<void>((resolve) => {
      this.provider.on('sync', (isSynced: boolean) => {
        if (!isSynced) return;
        this.syncedAt ??= performance.now();
        resolve();
      });
    });
    this.connected = new Promise<void>((resolve) => {
      this.provider.on('status', ({ status }: { status: string }) => status === 'connected' && resolve());
    });
    if (onUpdate) {
      this.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === this.provider) onUpdate(update, performance.now());
      });
    }
  }

  /** The shared list of entries as plain JSON, for comparing clients. */
  content(): string {
    return JSON.stringify(this.doc.getArray('entries').toJSON());
  }

  close(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
