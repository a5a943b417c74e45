/**
 * What a page keeps on this device to open without a network — the who-am-I answer and the last
 * control state, per workshop and role — and when it stops keeping them. A kept copy lasts
 * `KEPT_FOR_MS` after it was last written (every visit online writes it again), so a workshop's
 * days and its follow-up open offline while a laptop lent for one workshop does not keep showing
 * it for ever; a token the server refuses drops both at once.
 */
import { readStored, writeStored } from '../auth/tokenStore.js';

/** Two weeks: a three-day workshop, and the follow-up meetings after it, without a network. */
export const KEPT_FOR_MS = 14 * 24 * 60 * 60 * 1000;

/** The storage keys of what one workshop and role keep. */
export function keptCopyKeys(workshopId: string, role: string): { me: string; control: string } {
  return { me: `convene:me:${workshopId}:${role}`, control: `convene:control:${workshopId}:${role}` };
}

interface KeptCopy {
  keptUntil: number;
  value: unknown;
}

/** Keeps `value` (JSON-serialisable) under `key` until `KEPT_FOR_MS` from `now`. */
export function keepCopy(key: string, value: unknown, now = Date.now()): void {
  writeStored(key, JSON.stringify({ keptUntil: now + KEPT_FOR_MS, value } satisfies KeptCopy));
}

/** The kept value, or null when there is none, it expired (it is then removed), or it cannot be read. */
export function readKeptCopy(key: string, now = Date.now()): unknown {
  const raw = readStored(key);
  if (!raw) return null;
  let kept: Partial<KeptCopy> | null;
  try {
    kept = JSON.parse(raw) as Partial<KeptCopy> | null;
  } catch {
    // A damaged copy is not used: the page waits for the server as it would without one.
    return null;
  }
  // An expired copy, or one kept before copies had an expiry, is dropped.
  if (typeof kept?.keptUntil !== 'number' || kept.keptUntil <= now) {
    writeStored(key, null);
    return null;
  }
  return kept.value ?? null;
}

/** Drops what one workshop and role keep (the server refused its token). */
export function forgetKeptCopies(workshopId: string, role: string): void {
  const keys = keptCopyKeys(workshopId, role);
  writeStored(keys.me, null);
  writeStored(keys.control, null);
}
