/**
 * Bytes of a cold join (issue 14): a device that holds nothing joins the storm's room (200
 * entries, 20,000 edits), once as the stock y-websocket protocol does it (the whole state in the
 * socket's sync step 2, uncompressed) and once as our provider does (the whole state over HTTP,
 * Brotli or gzip, then the socket's sync of what changed since). Counted as the bytes the
 * joiner's TCP sockets read: response headers, WebSocket upgrade and frames included. The same
 * server and room serve both, in one run; each joined document is checked against the room.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { STORM } from './config.js';
import { buildPrefill } from './load/prefill.js';
import { roomUrl } from './load/roomUrl.js';
import { EMPTY_STEP1, encodeStep1, encodeUpdateMessage, SYNC_STEP2, syncPayload, syncStepOf } from './load/wire.js';
import type { RoomTarget } from './protocol.js';
import { roomTarget } from './roomTarget.js';
import { startServerProcess } from './serverProcess.js';

/** Bytes one way of joining read from the network. */
export interface JoinBytes {
  http: number;
  socket: number;
  total: number;
}

export interface ColdJoinResult {
  /** The room's whole state as one Yjs update. */
  stateBytes: number;
  /** The stock protocol: everything over the socket. */
  socketOnly: JoinBytes;
  /** Our provider, by the encoding the browser accepts (Chromium: br on HTTPS and localhost, gzip on plain HTTP). */
  download: { br: JoinBytes; gzip: JoinBytes };
  /** Every joined document equals the room. */
  verified: boolean;
}

/** Opens a socket, sends `messages`, and resolves with its first sync step 2 and the bytes read until then. */
function socketJoin(target: RoomTarget, ...messages: Uint8Array[]): Promise<{ update: Uint8Array; bytes: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(roomUrl(target));
    let wire: { bytesRead: number } | null = null;
    socket.on('upgrade', (response) => (wire = response.socket));
    socket.on('open', () => messages.forEach((message) => socket.send(message)));
    socket.on('error', reject);
    socket.on('message', (data: Buffer) => {
      const frame = new Uint8Array(data);
      if (syncStepOf(frame) !== SYNC_STEP2) return;
      const bytes = wire?.bytesRead ?? 0;
      socket.close();
      resolve({ update: syncPayload(frame), bytes });
    });
  });
}

/** GETs the whole state with one encoding; resolves with the decoded update and the bytes read. */
function download(target: RoomTarget, encoding: 'br' | 'gzip'): Promise<{ update: Uint8Array; bytes: number }> {
  const url = new URL(target.wsBase.replace(/^ws/, 'http').replace('/yjs/', '/api/workshops/'));
  url.pathname += `/sections/${target.section}/state`;
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { authorization: `Bearer ${target.token}`, 'accept-encoding': encoding }, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          if (response.headers['content-encoding'] !== encoding) return reject(new Error(`expected ${encoding}, got ${response.headers['content-encoding']}`));
          const body = Buffer.concat(chunks);
          const update = encoding === 'br' ? zlib.brotliDecompressSync(body) : zlib.gunzipSync(body);
          resolve({ update: new Uint8Array(update), bytes: response.socket.bytesRead });
        });
      })
      .on('error', reject);
  });
}

function sameDocument(expected: Y.Doc, updates: Uint8Array[]): boolean {
  const joined = new Y.Doc();
  for (const update of updates) Y.applyUpdate(joined, update);
  const same = Buffer.from(Y.encodeStateVector(joined)).equals(Buffer.from(Y.encodeStateVector(expected)))
    && JSON.stringify(joined.getArray('entries').toJSON()) === JSON.stringify(expected.getArray('entries').toJSON());
  joined.destroy();
  return same;
}

export async function runColdJoinCase(): Promise<ColdJoinResult> {
  const server = await startServerProcess('convene');
  try {
    const target = await roomTarget(server, STORM.section);
    const { doc } = buildPrefill(STORM);
    const state = Y.encodeStateAsUpdate(doc);
    // The room in one update (a join reads the same state however it was written); the answer
    // to the step 1 after it comes once it is stored.
    await socketJoin(target, encodeUpdateMessage(state), EMPTY_STEP1);
    return await measure(target, doc, state);
  } finally {
    await server.stop();
  }
}

async function measure(target: RoomTarget, doc: Y.Doc, state: Uint8Array): Promise<ColdJoinResult> {
  const stock = await socketJoin(target, EMPTY_STEP1);
  let verified = sameDocument(doc, [stock.update]);
  const joins = {} as ColdJoinResult['download'];
  for (const encoding of ['br', 'gzip'] as const) {
    const downloaded = await download(target, encoding);
    const held = new Y.Doc();
    Y.applyUpdate(held, downloaded.update);
    const rest = await socketJoin(target, encodeStep1(Y.encodeStateVector(held)));
    verified &&= sameDocument(doc, [downloaded.update, rest.update]);
    joins[encoding] = { http: downloaded.bytes, socket: rest.bytes, total: downloaded.bytes + rest.bytes };
  }
  return { stateBytes: state.byteLength, socketOnly: { http: 0, socket: stock.bytes, total: stock.bytes }, download: joins, verified };
}
