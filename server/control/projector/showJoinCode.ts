/** `projector:join-code`: the join address, code and QR large on the room's screen, or compact. */
import type { RecordEdit } from '../editRecord.js';

export const showJoinCode: RecordEdit<'projector:join-code'> = (draft, { large }) => {
  draft.projector.joinCodeLarge = large;
};
