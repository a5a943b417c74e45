/** Who may read and who may write a section's document, on every channel that serves one. */
import type { Identity } from '../../shared/api.js';
import { can } from '../../shared/roles.js';
import type { Store } from '../storage/Store.js';
import { authenticate } from './authenticate.js';

/**
 * The identity that may read the sections of `workshopId` with `token`, or null. Every role of
 * the workshop reads every section (the projector shows them all); a token of another workshop
 * is treated exactly like a forged one, so it tells nothing about this workshop. A newcomer on
 * the waiting list reads nothing until admitted.
 */
export async function sectionReader(store: Store, token: unknown, workshopId: string): Promise<Identity | null> {
  const identity = await authenticate(store, token);
  return identity && identity.workshopId === workshopId && !identity.waiting ? identity : null;
}

/**
 * A read-only role never writes; a locked section takes writes only from roles that run the
 * agenda; a frozen section (the charter put to the vote, or adopted) takes writes from no one,
 * so the text whose hash is on the ballot is the text that stays.
 */
export function mayWriteSection(identity: Identity, locked: boolean, frozen = false): boolean {
  if (frozen || !can(identity.role, 'editSections')) return false;
  return !locked || can(identity.role, 'editLockedSections');
}
