/** The charter's amendable paragraphs as the server holds them, after every update it accepted has landed. */
import type { Identity } from '../../../shared/api.js';
import { CHARTER_FRAGMENT } from '../../../shared/charterText.js';
import { type CharterParagraph, paragraphsOf } from '../../../shared/charterParagraphs.js';
import { documentName } from '../../../shared/sections.js';
import { serverSideConnection } from '../../collaboration/RoomConnection.js';
import type { RoomRegistry } from '../../collaboration/RoomRegistry.js';

/** Joins the charter room for the read, so an unloaded room is loaded and then left to idle out. */
export async function charterParagraphsNow(rooms: RoomRegistry, workshopId: string, as: Identity): Promise<CharterParagraph[]> {
  const holder = serverSideConnection(as, 'charter');
  const room = await rooms.join(documentName(workshopId, 'charter'), holder);
  try {
    await room.settle();
    return paragraphsOf(room.doc.getXmlFragment(CHARTER_FRAGMENT));
  } finally {
    rooms.leave(room, holder);
  }
}
