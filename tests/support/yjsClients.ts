/** Yjs clients for tests: the stock y-websocket provider, and raw sockets that send any bytes. */
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Section } from '../../shared/sections.js';

export interface StockClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
  destroy(): void;
}

const wsBase = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');

/** Connects the unmodified y-websocket WebsocketProvider, as any Yjs app would (to `doc`, or a fresh one). */
export function connectStock(httpUrl: string, workshopId: string, section: Section, token: string, doc = new Y.Doc()): StockClient {
  const provider = new WebsocketProvider(`${wsBase(httpUrl)}/yjs/${workshopId}`, section, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    text: doc.getText('probe'),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves when the provider has completed its first sync. */
export function synced(client: StockClient): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve) => client.provider.once('sync', (isSynced: boolean) => isSynced && resolve()));
}

/**
 * A sync round trip on the client's own socket: the server answers a sync step 1 only after
 * every update it received before is stored and relayed, so this is an ordering barrier.
 */
export async function syncRoundTrip(client: StockClient): Promise<void> {
  const socket = client.provider.ws;
  if (!socket) throw new Error('the provider is not connected');
  const answered = new Promise<void>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const frame = new Uint8Array(event.data as ArrayBuffer);
      if (frame[0] !== 0 || frame[1] !== 1) return; // not a sync step 2
      socket.removeEventListener('message', onMessage);
      resolve();
    };
    socket.addEventListener('message', onMessage);
  });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, client.doc);
  socket.send(encoding.toUint8Array(encoder));
  await answered;
}

export interface RawSocket {
  socket: WebSocket;
  received: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  opened: Promise<void>;
}

/** A raw WebSocket on the Yjs endpoint that records every frame and how it was closed. */
export function connectRaw(httpUrl: string, path: string): RawSocket {
  const socket = new WebSocket(`${wsBase(httpUrl)}${path}`);
  const received: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    socket.on('open', () => resolve());
    socket.on('error', reject);
  });
  return { socket, received, closed, opened };
}
