/**
 * The waiting page's one socket to the control channel: the server sends a waiting participant
 * no state and accepts no command, only `session:changed` when the facilitator admits them.
 */
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../../shared/events.js';

/** Calls `onChanged` once the server says this token's standing changed, and `onLink` as the connection comes and goes; returns the stop function. */
export function watchAdmission(token: string, onChanged: () => void, onLink: (connected: boolean) => void): () => void {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ path: '/socket.io', auth: { token } });
  socket.on('connect', () => onLink(true));
  socket.on('disconnect', () => onLink(false));
  socket.on('connect_error', () => onLink(false));
  socket.on('session:changed', onChanged);
  // Removed instead of admitted: asking who-am-I again shows the refusal.
  socket.on('session:removed', onChanged);
  return () => {
    socket.removeAllListeners();
    socket.disconnect();
  };
}
