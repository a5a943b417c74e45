/** Who is present, as the server last said over the control channel. */
import { io, type Socket } from 'socket.io-client';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClientToServerEvents, PresenceEntry, ServerToClientEvents } from '../../../shared/events.js';

export interface PresenceState {
  connection: 'connecting' | 'connected' | 'offline';
  presence: PresenceEntry[];
}

/** A presence store fed by one Socket.io connection; `close` ends both. */
export interface PresenceFeed {
  store: StoreApi<PresenceState>;
  close(): void;
}

/** Connects to the control channel with the token and mirrors `state` into a store. */
export function connectPresence(token: string): PresenceFeed {
  const store = createStore<PresenceState>(() => ({ connection: 'connecting', presence: [] }));
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ path: '/socket.io', auth: { token } });
  socket.on('connect', () => store.setState({ connection: 'connected' }));
  socket.on('disconnect', () => store.setState({ connection: 'offline' }));
  socket.on('connect_error', () => store.setState({ connection: 'offline' }));
  socket.on('state', (state) => store.setState({ presence: state.presence }));
  return {
    store,
    close: () => {
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
