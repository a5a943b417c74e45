/**
 * The Socket.io control channel: the events the server emits and the commands it accepts.
 * Bump PROTOCOL_VERSION when a payload changes shape.
 */
import type { Ack } from './errors.js';
import type { Role } from './roles.js';

export const PROTOCOL_VERSION = 1;

/** One person (or screen) present in the workshop, merged over their open connections. */
export interface PresenceEntry {
  id: string;
  name: string;
  organisation: string | null;
  role: Role;
  connections: number;
}

/** The server's view of the room, emitted as `state` on connect and after every change. */
export interface WorkshopState {
  protocolVersion: number;
  workshopId: string;
  presence: PresenceEntry[];
}

export interface ServerToClientEvents {
  state: (state: WorkshopState) => void;
}

export interface ClientToServerEvents {
  'state:get': (ack: (answer: Ack<{ state: WorkshopState }>) => void) => void;
}
