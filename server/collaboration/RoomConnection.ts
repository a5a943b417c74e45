/** What a Room needs of a connection: who it is, a way to send, a way to close. */
import type { Identity } from '../../shared/api.js';
import type { Section } from '../../shared/sections.js';
import type { OutgoingMessage } from './OutgoingMessage.js';

export interface RoomConnection {
  readonly identity: Identity;
  readonly section: Section;
  /** Sends one message; a connection that is closing drops it silently. */
  send(message: OutgoingMessage): void;
  close(code: number, reason: string): void;
}

/** The server's own place in a room (imports, amendments, reading the charter): it keeps the room loaded and hears nothing. */
export function serverSideConnection(identity: Identity, section: Section): RoomConnection {
  return { identity, section, send: () => undefined, close: () => undefined };
}
