/**
 * A cold join over HTTP: a device that holds nothing of a section downloads its whole stored
 * document compressed, then the stock socket's sync sends only what changed since.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { startTestServer } from '../support/testServer.js';
import { connectStock, type StockClient, synced, syncRoundTrip } from '../support/yjsClients.js';
import { waitFor } from '../support/waitFor.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as it came over the wire, before any decoding. */
  wire: Buffer;
}

/** A GET whose body is kept exactly as sent (Node's fetch would decompress it). */
function getRaw(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, wire: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const stateUrl = (serverUrl: string, workshopId: string, section = 'recommendations') =>
  `${serverUrl}/api/workshops/${workshopId}/sections/${section}/state`;

/** A room of 60 recommendations with a paragraph each, written by a facilitator and stored. */
async function roomWithRecommendations(serverUrl: string, workshop: CreateWorkshopResponse): Promise<StockClient> {
  const writer = connectStock(serverUrl, workshop.id, 'recommendations', workshop.facilitatorToken);
  cleanups.push(() => writer.destroy());
  await synced(writer);
  const entries = writer.doc.getArray<Y.Map<unknown>>('entries');
  writer.doc.transact(() => {
    for (let i = 0; i < 60; i++) {
      const entry = new Y.Map<unknown>();
      entries.push([entry]);
      entry.set('text', new Y.Text(`Recommendation ${i}: ratify the Optional Protocol and report on women's access to justice by 2027.`));
    }
  });
  // The round trip is a barrier: the server stored and relayed the edit before it answers.
  await syncRoundTrip(writer);
  return writer;
}

async function setup() {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const workshop = await createWorkshop(server.url, server.organiserKey);
  const { token } = await joinWorkshop(server.url, workshop, 'Alice');
  return { server, workshop, token };
}

describe('a cold join downloads the section compressed, then syncs the rest over the stock socket', () => {
  it('sends Brotli or gzip bytes that bring a fresh document to the server\'s, and the socket then sends only what changed', async () => {
    const { server, workshop, token } = await setup();
    const writer = await roomWithRecommendations(server.url, workshop);
    const full = Y.encodeStateAsUpdate(writer.doc);

    for (const [accept, decode] of [
      ['br', zlib.brotliDecompressSync],
      ['gzip, deflate', zlib.gunzipSync],
    ] as const) {
      const answer = await getRaw(stateUrl(server.url, workshop.id), { authorization: `Bearer ${token}`, 'accept-encoding': accept });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(accept.split(',')[0]);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.wire.byteLength).toBeLessThan(full.byteLength / 2);
      expect(Buffer.from(decode(answer.wire)).equals(Buffer.from(full))).toBe(true);
    }

    // Typed after the download: the socket's sync brings exactly that, not the whole room again.
    writer.text.insert(0, 'typed after the download');
    await syncRoundTrip(writer);
    const answer = await getRaw(stateUrl(server.url, workshop.id), { authorization: `Bearer ${token}`, 'accept-encoding': 'br' });
    const downloaded = new Y.Doc();
    Y.applyUpdate(downloaded, zlib.brotliDecompressSync(answer.wire));
    writer.text.insert(0, 'and more, ');
    await syncRoundTrip(writer);
    const stepTwoBytes: number[] = [];
    const joiner = connectStock(server.url, workshop.id, 'recommendations', token, downloaded);
    cleanups.push(() => joiner.destroy());
    joiner.provider.ws?.addEventListener('message', (event: MessageEvent) => {
      const frame = new Uint8Array(event.data as ArrayBuffer);
      if (frame[0] === 0 && frame[1] === 1) stepTwoBytes.push(frame.byteLength);
    });
    await synced(joiner);
    await waitFor(() => joiner.text.toString() === writer.text.toString(), 'the joiner has what was typed after its download');
    expect(Y.encodeStateVector(joiner.doc)).toEqual(Y.encodeStateVector(writer.doc));
    expect(joiner.doc.getArray('entries').toJSON()).toEqual(writer.doc.getArray('entries').toJSON());
    expect(stepTwoBytes.length).toBeGreaterThan(0);
    expect(Math.max(...stepTwoBytes)).toBeLessThan(200);
  });

  it('refuses a reader without a valid token of this workshop, and sends none of the document', async () => {
    const { server, workshop, token } = await setup();
    await roomWithRecommendations(server.url, workshop);
    const other = await createWorkshop(server.url, server.organiserKey, 'Another workshop');
    const { token: otherToken } = await joinWorkshop(server.url, other, 'Mallory');
    const refusals: Record<string, string>[] = [
      {},
      { authorization: 'Bearer forged-token-0123456789abcdef' },
      { authorization: `Bearer ${otherToken}` },
      { authorization: `Bearer ${server.organiserKey}` },
    ];
    for (const headers of refusals) {
      const answer = await getRaw(stateUrl(server.url, workshop.id), { ...headers, 'accept-encoding': 'identity' });
      expect(answer.status).toBe(401);
      expect(answer.wire.toString()).not.toContain('Recommendation');
      expect(JSON.parse(answer.wire.toString())).toMatchObject({ error: { code: 'unauthorized' } });
    }
    const unknown = await getRaw(stateUrl(server.url, workshop.id, 'secrets'), { authorization: `Bearer ${token}` });
    expect(unknown.status).toBe(404);
  });

  it('sends a tiny section as it is: compressing a few bytes would only add a header', async () => {
    const { server, workshop, token } = await setup();
    const small = await getRaw(stateUrl(server.url, workshop.id, 'plan'), { authorization: `Bearer ${token}`, 'accept-encoding': 'br, gzip' });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, small.wire);
    expect(doc.store.clients.size).toBe(0);
  });
});
