/**
 * "Your workshops": the workshops this organiser created, restored or started as a demo on this
 * device, kept in localStorage. No server list exists on purpose: the organiser key opens every
 * workshop, and a list per device is enough to find the way back to the links and the export page.
 */
import type { CreateWorkshopResponse, WorkshopLinks } from '../../../../shared/api.js';
import { readStored, saveToken, writeStored } from '../../infra/auth/tokenStore.js';

/** How a workshop came to be: created from the form, as a demo, restored from an archive, or a dialogue day continuing another. */
export type WorkshopOrigin = 'created' | 'demo' | 'restored' | 'dialogue';

/** One remembered workshop. */
export interface RememberedWorkshop {
  id: string;
  title: string;
  origin: WorkshopOrigin;
  joinCode: string;
  /** `reach` is missing in lists kept before it existed. */
  links: Omit<WorkshopLinks, 'reach'> & Partial<Pick<WorkshopLinks, 'reach'>>;
  /** When this device created it, ISO 8601. */
  createdAt: string;
}

const STORAGE_KEY = 'convene:organiser:workshops';

/** Reads a stored list, dropping entries that are not workshops (an old or hand-edited value). */
export function parseWorkshopList(raw: string | null): RememberedWorkshop[] {
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // A damaged value is treated as an empty list rather than breaking the organiser page.
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter(isRememberedWorkshop) : [];
}

function isRememberedWorkshop(value: unknown): value is RememberedWorkshop {
  const entry = value as Partial<RememberedWorkshop> | null;
  return (
    typeof entry?.id === 'string' &&
    typeof entry.title === 'string' &&
    typeof entry.joinCode === 'string' &&
    typeof entry.links?.facilitator === 'string' &&
    typeof entry.links.projector === 'string' &&
    typeof entry.links.join === 'string' &&
    (entry.origin === 'created' || entry.origin === 'demo' || entry.origin === 'restored' || entry.origin === 'dialogue')
  );
}

/** Newest first; a workshop already in the list is replaced, not repeated. */
export function withWorkshop(list: RememberedWorkshop[], workshop: RememberedWorkshop): RememberedWorkshop[] {
  return [workshop, ...list.filter((entry) => entry.id !== workshop.id)];
}

/** The list remembered on this device. */
export function loadWorkshopList(): RememberedWorkshop[] {
  return parseWorkshopList(readStored(STORAGE_KEY));
}

/** Stores the list. */
export function saveWorkshopList(list: RememberedWorkshop[]): void {
  writeStored(STORAGE_KEY, JSON.stringify(list));
}

/**
 * Remembers a new workshop and keeps its facilitator token the way a facilitator link does, so
 * the export page and the console open on this device without the link.
 */
export function rememberWorkshop(title: string, origin: WorkshopOrigin, created: CreateWorkshopResponse, now = new Date()): RememberedWorkshop[] {
  saveToken(created.id, 'facilitator', created.facilitatorToken);
  const entry: RememberedWorkshop = {
    id: created.id,
    title,
    origin,
    joinCode: created.joinCode,
    links: created.links,
    createdAt: now.toISOString(),
  };
  const list = withWorkshop(loadWorkshopList(), entry);
  saveWorkshopList(list);
  return list;
}

/**
 * Takes one workshop off this device's list. The workshop stays on the server, and its stored
 * facilitator token stays too: a console opened on this device keeps working.
 */
export function forgetWorkshop(id: string): RememberedWorkshop[] {
  const list = loadWorkshopList().filter((entry) => entry.id !== id);
  saveWorkshopList(list);
  return list;
}
