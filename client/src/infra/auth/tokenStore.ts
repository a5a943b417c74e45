/**
 * Tokens kept in localStorage, one per workshop and role, so a reload or a reconnect keeps the
 * same identity without an account. localStorage can be unavailable (private modes, policies):
 * the app then still works for the current page.
 */
import type { Role } from '../../../../shared/roles.js';

const memory = new Map<string, string>();

const tokenKey = (workshopId: string, role: Role) => `convene:token:${workshopId}:${role}`;
const ORGANISER_KEY = 'convene:organiserKey';

/** Reads a value, falling back to this page's memory when storage is refused. */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    // Storage refused (privacy settings): the in-page copy is all there is.
    return memory.get(key) ?? null;
  }
}

/** Writes a value, or removes it when null. */
export function writeStored(key: string, value: string | null): void {
  if (value === null) memory.delete(key);
  else memory.set(key, value);
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage refused: the value lives in memory until the page closes.
  }
}

/** The stored token of one role in one workshop. */
export function loadToken(workshopId: string, role: Role): string | null {
  return readStored(tokenKey(workshopId, role));
}

/** Stores (or forgets, with null) the token of one role in one workshop. */
export function saveToken(workshopId: string, role: Role, token: string | null): void {
  writeStored(tokenKey(workshopId, role), token);
}

/** The organiser key remembered on this device. */
export function loadOrganiserKey(): string | null {
  return readStored(ORGANISER_KEY);
}

/** Remembers (or forgets) the organiser key. */
export function saveOrganiserKey(key: string | null): void {
  writeStored(ORGANISER_KEY, key);
}
