/**
 * The first visit's catalogues in Mongolian, under the names `catalogues.ts` gives their English.
 * Imported only by `loadMongolian()`, so they make one chunk of their own: a participant reading
 * English never downloads it, one reading Mongolian fetches it before the first render.
 */
import { accreditationMn } from '../../features/accreditation/accreditation.mn.js';
import { amendmentsMn } from '../../features/charter/amendments/amendments.mn.js';
import { entryMn } from '../../features/entry/entry.mn.js';
import { trackingLinkMn } from '../../features/tracking/trackingLink.mn.js';
import { dialogueJoinMn } from '../../features/dialogue/dialogueJoin.mn.js';
import type { Translations } from './catalogues.js';
import { charterVotesMn } from './charterVotes.mn.js';
import { mn } from './mn.js';
import { roomLinksMn } from './roomLinks.mn.js';
import { uprWorkMn } from './uprWork.mn.js';

/** Every catalogue of `ENGLISH`, in Mongolian; a missing one, or one missing a key, fails the type check. */
export const MONGOLIAN = {
  main: mn,
  'UPR work': uprWorkMn,
  'charter and votes': charterVotesMn,
  amendments: amendmentsMn,
  'links, rejoining and the console': roomLinksMn,
  'the way into implementation tracking': trackingLinkMn,
  'entry, badges and attendance': entryMn,
  'invitation list and waiting list': accreditationMn,
  'joining a dialogue day': dialogueJoinMn,
} satisfies Translations;
