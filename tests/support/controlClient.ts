/** A socket.io-client on the control channel that remembers the latest state and every audit event. */
import { io, type Socket } from 'socket.io-client';
import type { CommandName, CommandPayload } from '../../shared/control.js';
import type { Ack } from '../../shared/errors.js';
import type { AuditEntry, ClientToServerEvents, ServerToClientEvents, WorkshopState } from '../../shared/events.js';

export interface ControlClient {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  latest(): WorkshopState | null;
  audits: AuditEntry[];
  send<C extends CommandName>(name: C, payload?: CommandPayload<C>): Promise<Ack<Record<string, unknown>>>;
  close(): void;
}

export function connectControl(url: string, token: string | undefined): ControlClient {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  let latest: WorkshopState | null = null;
  const audits: AuditEntry[] = [];
  socket.on('state', (state) => (latest = state));
  socket.on('audit', (entry) => audits.push(entry));
  return {
    socket,
    latest: () => latest,
    audits,
    send: (name, payload) =>
      (socket.timeout(5000).emitWithAck as (...args: unknown[]) => Promise<Ack<Record<string, unknown>>>)(name, payload ?? {}),
    close: () => socket.disconnect(),
  };
}
