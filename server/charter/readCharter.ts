/** Reads the charter's canonical text as the server holds it, after every update it accepted has landed. */
import type { Identity } from '../../shared/api.js';
import { canonicalCharterText } from '../../shared/charterText.js';
import { documentName } from '../../shared/sections.js';
import { serverSideConnection } from '../collaboration/RoomConnection.js';
import type { RoomRegistry } from '../collaboration/RoomRegistry.js';
import { charterHash } from './charterHash.js';

/**
 * The charter's text and hash. Call it after freezing: updates admitted before the freeze may
 * still be queued in the room, so it waits for them (`settle`) before reading — the hash then
 * covers exactly the text no one can change any more.
 */
export async function readCharter(rooms: RoomRegistry, workshopId: string, as: Identity): Promise<{ text: string; hash: string }> {
  const holder = serverSideConnection(as, 'charter');
  const room = await rooms.join(documentName(workshopId, 'charter'), holder);
  try {
    await room.settle();
    const text = canonicalCharterText(room.doc);
    return { text, hash: charterHash(text) };
  } finally {
    rooms.leave(room, holder);
  }
}
