/**
 * Bench child: the floor. A plain WebSocket relay that forwards every binary frame to every
 * other socket on the same path, keeping no document and parsing nothing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { serveAsChild } from './serverChild.js';

const rooms = new Map<string, Set<WebSocket>>();
const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(404);
  response.end();
});

function enter(ws: WebSocket, path: string): void {
  const room = rooms.get(path) ?? new Set<WebSocket>();
  rooms.set(path, room);
  room.add(ws);
  ws.on('message', (data, isBinary) => {
    if (!isBinary) return;
    for (const peer of room) if (peer !== ws && peer.readyState === peer.OPEN) peer.send(data as Buffer);
  });
  ws.on('close', () => room.delete(ws));
}

server.on('upgrade', (request, socket, head) => {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  wss.handleUpgrade(request, socket, head, (ws) => enter(ws, path));
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
