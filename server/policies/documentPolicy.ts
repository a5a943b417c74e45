/** Who may write to a section's document. */
import type { Identity } from '../../shared/api.js';
import { can } from '../../shared/roles.js';

/** A read-only role never writes; a locked section takes writes only from roles that run the agenda. */
export function mayWriteSection(identity: Identity, locked: boolean): boolean {
  if (!can(identity.role, 'editSections')) return false;
  return !locked || can(identity.role, 'editLockedSections');
}
