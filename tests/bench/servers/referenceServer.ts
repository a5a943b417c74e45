/**
 * Bench child: the reference y-websocket server (@y/websocket-server, in memory, stores
 * nothing), set up as its bin does but on the same `ws` version as ours so only the server
 * logic differs.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { serveAsChild } from './serverChild.js';

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => setupWSConnection(ws, request));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

serveAsChild({
  port: (server.address() as AddressInfo).port,
  organiserKey: null,
  close: async () => {
    for (const client of wss.clients) client.terminate();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  },
});
