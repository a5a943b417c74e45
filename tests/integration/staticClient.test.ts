/**
 * The built client as the server sends it: the precompressed copy the client accepts, decoded to the
 * very bytes of the file; hashed assets cached for good, the page revalidated.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressFile } from '../../scripts/precompress.js';
import { startTestServer } from '../support/testServer.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-client-'));
const clientDir = path.join(root, 'client');
const SECRET = 'a file beside the client folder';
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`;
const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `word ${i}`))};\n`;

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  fs.mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(clientDir, '.vite'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(clientDir, 'assets/index-Ab12Cd34.js'), SCRIPT);
  fs.writeFileSync(path.join(clientDir, '.vite/manifest.json'), '{}');
  await compressFile(path.join(clientDir, 'index.html'));
  await compressFile(path.join(clientDir, 'assets/index-Ab12Cd34.js'));
  server = await startTestServer({ clientDir });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose body comes back as sent: fetch would decode it. */
function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.url}${urlPath}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

const DECODERS: Record<string, (body: Buffer) => Buffer> = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync, identity: (body) => body };

describe('the built client', () => {
  const cases = [
    { name: 'the page', urlPath: '/', file: 'index.html', type: /^text\/html/, cache: 'no-cache' },
    { name: 'a hashed asset', urlPath: '/assets/index-Ab12Cd34.js', file: 'assets/index-Ab12Cd34.js', type: /^(text|application)\/javascript/, cache: 'public, max-age=31536000, immutable' },
  ];
  const encodings = [
    { acceptEncoding: undefined, expected: 'identity' },
    { acceptEncoding: 'gzip, deflate', expected: 'gzip' },
    { acceptEncoding: 'gzip, deflate, br, zstd', expected: 'br' },
    { acceptEncoding: 'br', expected: 'br' },
    { acceptEncoding: 'br;q=0, gzip;q=0', expected: 'identity' },
  ];

  for (const { name, urlPath, file, type, cache } of cases) {
    for (const { acceptEncoding, expected } of encodings) {
      it(`sends ${name} as ${expected} for Accept-Encoding ${acceptEncoding ?? '(none)'}, decoding to the file's bytes`, async () => {
        const response = await get(urlPath, acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {});
        expect(response.status).toBe(200);
        expect(response.headers['content-encoding'] ?? 'identity').toBe(expected);
        expect(response.headers.vary).toMatch(/Accept-Encoding/i);
        expect(response.headers['content-type']).toMatch(type);
        expect(response.headers['cache-control']).toBe(cache);
        const original = fs.readFileSync(path.join(clientDir, file));
        if (expected !== 'identity') expect(response.body.length).toBeLessThan(original.length / 2);
        expect(DECODERS[expected]!(response.body).equals(original)).toBe(true);
      });
    }
  }

  it('sends a hashed asset without validators (never revalidated, they only cost a first visit bytes), and the page with them', async () => {
    const asset = await get('/assets/index-Ab12Cd34.js', { 'Accept-Encoding': 'gzip' });
    expect([asset.headers.etag, asset.headers['last-modified'], asset.headers['accept-ranges']]).toEqual([undefined, undefined, undefined]);
    const page = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(page.headers.etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    expect((await get('/', { 'Accept-Encoding': 'gzip', 'If-None-Match': page.headers.etag as string })).status).toBe(304);
    // Another compressed copy is another representation: its own tag.
    expect((await get('/', { 'Accept-Encoding': 'br' })).headers.etag).not.toBe(page.headers.etag);
  });

  it('answers every page route with index.html, revalidated', async () => {
    for (const route of ['/join?code=K7M2QX', '/organiser', '/w/abc123/facilitator', '/w/abc123/export']) {
      const response = await get(route, { 'Accept-Encoding': 'gzip' });
      expect(response.status, route).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(zlib.gunzipSync(response.body).toString()).toBe(INDEX);
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await get('/assets/index-Ab12Cd34.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(Number(response.headers['content-length'])).toBe(fs.statSync(path.join(clientDir, 'assets/index-Ab12Cd34.js.br')).size);
    expect(response.body.length).toBe(0);
  });

  it('answers a missing asset with 404, not the page (a stale chunk must fail as a chunk)', async () => {
    const response = await get('/assets/gone-Zz99Yy88.js');
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('index-Ab12Cd34');
  });

  it('keeps the build manifest to itself: its path is a page path like any other', async () => {
    expect((await get('/.vite/manifest.json')).body.toString()).toBe(INDEX);
  });

  it('never sends a file from outside the client folder', async () => {
    for (const urlPath of ['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt']) {
      const response = await get(urlPath);
      expect(response.body.toString(), urlPath).not.toContain(SECRET);
    }
  });

  it('keeps the API apart', async () => {
    const response = await get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/json/);
  });
});
