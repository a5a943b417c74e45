/** The y-websocket URL of a room, as the stock provider builds it: `${base}/${room}?token=…`. */
import type { RoomTarget } from '../protocol.js';

/** The URL a light client opens for the target room. */
export function roomUrl(target: RoomTarget): string {
  return `${target.wsBase}/${target.section}?token=${encodeURIComponent(target.token)}`;
}
