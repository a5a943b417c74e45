/**
 * HTTPS on the LAN: with TLS_CERT and TLS_KEY the one port speaks HTTPS and WSS, so a network
 * address is a secure context where the service worker registers. The test makes its own
 * throw-away certificate for localhost with openssl and trusts it explicitly.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readConfig } from '../../server/config.js';
import type { RunningServer } from '../../server/ConveneServer.js';
import { freshDataDir, startTestServer } from '../support/testServer.js';

function getOverTls(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('HTTPS with TLS_CERT and TLS_KEY', () => {
  let folder: string;
  let server: RunningServer;
  let cert: Buffer;

  beforeAll(async () => {
    folder = freshDataDir();
    const certPath = path.join(folder, 'cert.pem');
    const keyPath = path.join(folder, 'key.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost', '-keyout', keyPath, '-out', certPath,
    ], { stdio: 'ignore' });
    cert = fs.readFileSync(certPath);
    const config = readConfig({ TLS_CERT: certPath, TLS_KEY: keyPath, DATA_DIR: folder });
    server = await startTestServer({ tls: config.tls, dataDir: path.join(folder, 'data') });
  });

  afterAll(async () => {
    await server?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('serves the API over HTTPS and says so in its URL', async () => {
    expect(server.url).toMatch(/^https:\/\/localhost:\d+$/);
    const health = await getOverTls(`${server.url}/healthz`, cert);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ ok: true });
  });

  it('upgrades Yjs sockets over TLS (WSS), with the usual refusal of a missing token', async () => {
    const socket = new WebSocket(`${server.url.replace('https', 'wss')}/yjs/nope/experiences`, { ca: cert });
    const code = await new Promise<number>((resolve, reject) => {
      socket.on('close', (closeCode) => resolve(closeCode));
      socket.on('error', reject);
    });
    expect(code).toBe(4401);
  });

  it('refuses half a set-up, and names a file it cannot read', () => {
    expect(() => readConfig({ TLS_CERT: 'cert.pem' })).toThrow('TLS_CERT and TLS_KEY must be set together');
    expect(() => readConfig({ TLS_CERT: '/nonexistent/cert.pem', TLS_KEY: '/nonexistent/key.pem' })).toThrow('TLS_CERT cannot be read');
  });
});
