/** Who may read and who may write a section's document, on every channel that serves one. */
import type { Identity } from '../../shared/api.js';
import { layerMayWrite, maySeeSection, visibilityOf } from '../../shared/dialogue.js';
import type { ControlRecord } from '../../shared/events.js';
import { can } from '../../shared/roles.js';
import type { Section } from '../../shared/sections.js';
import type { Store } from '../storage/Store.js';
import { authenticate } from './authenticate.js';

/** The workshop's control record (held in memory by the Yjs endpoint, read from the store over HTTP). */
export type ControlLoader = (workshopId: string) => Promise<ControlRecord | null>;

/**
 * The identity that may read `section` of `workshopId` with `token`; else why not. On an ordinary
 * workshop every role reads every section (the projector shows them all). On a dialogue day the
 * layers other than CSOs, and the projector they watch, open only the shared sections: a Yjs
 * document cannot be cut per reader, so what they may not see is in documents they never open.
 * A token of another workshop is treated exactly like a forged one, so it tells nothing.
 */
export async function sectionReader(store: Store, token: unknown, workshopId: string, section: Section, loadControl: ControlLoader): Promise<SectionReading> {
  const identity = await authenticate(store, token);
  if (!identity || identity.workshopId !== workshopId || identity.waiting) return { ok: false, refusal: 'unauthorized' };
  return maySeeSection(await visibilityIn(identity, loadControl), section) ? { ok: true, identity } : { ok: false, refusal: 'forbidden' };
}

/** A reader admitted, or refused: no valid token of this workshop, or a layer that does not open the section. */
export type SectionReading = { ok: true; identity: Identity } | { ok: false; refusal: 'unauthorized' | 'forbidden' };

/** Whether this identity sees everything of its workshop, or only what a dialogue day shares. */
export async function visibilityIn(identity: Identity, loadControl: ControlLoader) {
  const dialogue = Boolean((await loadControl(identity.workshopId))?.dialogue);
  return visibilityOf(dialogue, identity.role, identity.layer ?? null);
}

/**
 * A read-only role never writes; a locked section takes writes only from roles that run the
 * agenda; a frozen section (the charter put to the vote, or adopted) takes writes from no one,
 * so the text whose hash is on the ballot is the text that stays. A participant writes only what
 * their layer writes (`layerMayWrite`): on a dialogue day the Government its responses, CSOs the rest.
 */
export function mayWriteSection(identity: Identity, section: Section, state: { locked: boolean; frozen: boolean; dialogue: boolean }): boolean {
  if (state.frozen || !can(identity.role, 'editSections')) return false;
  if (identity.role === 'participant' && !layerMayWrite(state.dialogue, identity.layer ?? null, section)) return false;
  return !state.locked || can(identity.role, 'editLockedSections');
}
