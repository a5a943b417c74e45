/** What a Room needs of a connection: who it is, a way to send, a way to close. */
import type { Identity } from '../../shared/api.js';
import type { Section } from '../../shared/sections.js';

export interface RoomConnection {
  readonly identity: Identity;
  readonly section: Section;
  /** Sends one binary message; a connection that is closing drops it silently. */
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
