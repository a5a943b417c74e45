/**
 * Whether the section a page would open is one its reader's layer may not open: on a dialogue day,
 * Government, UN and NHRC participants open only the shared sections (the server refuses the
 * rest). Such a page opens nothing. No words here: this runs on every participant's first visit.
 */
import { maySeeSection, visibilityOf } from '../../../../shared/dialogue.js';
import type { Section } from '../../../../shared/sections.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { usePageSession } from '../../infra/session/SessionContext.js';
import { useRoomSession } from '../follow/useRoomSession.js';

/**
 * `open`: the page opens the section. `waiting`: the room works in a section this layer may not
 * open; the page says so. `closed`: not known yet (the state has not arrived, or the agenda has
 * not started and the page would show its first section): the page opens nothing and says nothing.
 */
export type SectionAccess = 'open' | 'waiting' | 'closed';

export function useSectionAccess(section: Section | null): SectionAccess {
  const identity = usePageSession()?.identity;
  const known = useControl((snapshot) => snapshot.state !== null);
  const dialogue = useControl((snapshot) => Boolean(snapshot.state?.dialogue));
  const { session } = useRoomSession();
  if (!section || !identity) return 'open';
  // Only a dialogue day gives a layer other than the CSOs': such a reader waits for the state before opening anything.
  const layered = identity.layer !== undefined && identity.layer !== 'cso';
  if (!known) return layered ? 'closed' : 'open';
  if (maySeeSection(visibilityOf(dialogue, identity.role, identity.layer ?? null), section)) return 'open';
  return session ? 'waiting' : 'closed';
}
