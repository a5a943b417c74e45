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
  // A dead link can leave the socket looking open; the browser's word makes the list honest sooner.
  const handleOffline = () => {
    socket.disconnect();
    store.setState({ connection: 'offline' });
  };
  const handleOnline = () => {
    store.setState({ connection: 'connecting' });
    socket.connect();
  };
  window.addEventListener('offline', handleOffline);
  window.addEventListener('online', handleOnline);
  return {
    store,
    close: () => {
      window.removeEventListener('offline', handleOffline);
      window.removeEventListener('online', handleOnline);
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
