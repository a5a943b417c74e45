/**
 * Bytes the server writes to one Socket.io client, counted on the client's engine by kind: each
 * engine.io packet as an uncompressed WebSocket frame would carry it (type character, data, frame
 * header). With permessage-deflate the wire carries less: `BenchClient.wire` reads that.
 */
import type { Socket } from 'socket.io-client';

/** What the control channel sent, by kind of packet. */
export interface WireBytes {
  fullStates: number;
  deltas: number;
  other: number;
}

export const noBytes = (): WireBytes => ({ fullStates: 0, deltas: 0, other: 0 });
export const totalBytes = (bytes: WireBytes) => bytes.fullStates + bytes.deltas + bytes.other;

/** A server-to-client WebSocket frame's header: 2 bytes, 4 past 125 bytes of payload, 10 past 65,535. */
const frameHeader = (payload: number) => (payload <= 125 ? 2 : payload <= 65_535 ? 4 : 10);

/** Adds every packet the client's engine receives to `into`; call right after `io()`. */
export function countWireBytes(socket: Socket, into: WireBytes): void {
  socket.io.engine.on('packet', (packet: { type: string; data?: unknown }) => {
    const data = typeof packet.data === 'string' ? packet.data : '';
    const payload = 1 + Buffer.byteLength(data);
    const size = payload + frameHeader(payload);
    // Socket.io event packets are `2["name",…]`; a `state:get` answer (`3<id>[{…}]`) counts as a full state.
    if (data.startsWith('2["state",') || /^3\d+\[\{"ok":true,"state"/.test(data)) into.fullStates += size;
    else if (data.startsWith('2["state:delta",')) into.deltas += size;
    else into.other += size;
  });
}
