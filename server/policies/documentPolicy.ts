/** Who may write to a section's document. */
import type { Identity } from '../../shared/api.js';
import { can } from '../../shared/roles.js';

/**
 * A read-only role never writes; a locked section takes writes only from roles that run the
 * agenda; a frozen section (the charter put to the vote, or adopted) takes writes from no one,
 * so the text whose hash is on the ballot is the text that stays.
 */
export function mayWriteSection(identity: Identity, locked: boolean, frozen = false): boolean {
  if (frozen || !can(identity.role, 'editSections')) return false;
  return !locked || can(identity.role, 'editLockedSections');
}
