/**
 * One bench client on the control channel: keeps the state as a page does (whole state, then
 * deltas; on a server without deltas, every `state`) and counts the bytes it receives.
 */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, WorkshopState } from '../../../shared/events.js';
import { applyStateDelta } from '../../../shared/stateDelta.js';
import { countWireBytes, noBytes, type WireBytes } from './wireBytes.js';

export interface BenchClient {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  bytes: WireBytes;
  state(): WorkshopState | null;
  /** Called after every state change the client applies. */
  onChange: ((state: WorkshopState) => void) | null;
  resyncs: number;
  /** Bytes read from the TCP socket so far: frames as sent, compressed or not, and the upgrade response. */
  wire(): number;
}

/** The engine's WebSocket's TCP socket (engine.io-client and ws internals: a bench may look, the app never does). */
function tcpBytesRead(socket: Socket): number {
  const transport = socket.io.engine?.transport as unknown as { ws?: { _socket?: { bytesRead: number } } } | undefined;
  return transport?.ws?._socket?.bytesRead ?? 0;
}

export function benchClient(url: string, token: string): BenchClient {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  let state: WorkshopState | null = null;
  let lastRead = 0;
  const wire = () => (lastRead = Math.max(lastRead, tcpBytesRead(socket)));
  const client: BenchClient = { socket, bytes: noBytes(), state: () => state, onChange: null, resyncs: 0, wire };
  countWireBytes(socket, client.bytes);
  const take = (next: WorkshopState) => {
    state = next;
    client.onChange?.(next);
  };
  socket.on('state', take);
  socket.on('state:delta', (delta) => {
    const next = state && applyStateDelta(state, delta);
    if (next) return take(next);
    client.resyncs += 1;
    void socket.emitWithAck('state:get').then((answer) => answer.ok && take(answer.state));
  });
  return client;
}

/** Resolves once the client holds a state. */
export function firstState(client: BenchClient): Promise<void> {
  if (client.state()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    client.socket.once('connect_error', reject);
    const previous = client.onChange;
    client.onChange = (state) => {
      client.onChange = previous;
      previous?.(state);
      resolve();
    };
  });
}
