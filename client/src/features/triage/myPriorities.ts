/**
 * A participant's own priorities: kept on this device only and never sent, so they colour
 * nobody else's table. The room's priority is the facilitator's (`priority:set`).
 */
import { useSyncExternalStore } from 'react';
import type { Priority } from '../../../../shared/priorities.js';
import { PRIORITIES } from '../../../../shared/priorities.js';
import { readStored, writeStored } from '../../infra/auth/tokenStore.js';

type Mine = Record<string, Priority>;

const storageKey = (workshopId: string) => `convene:my-priorities:${workshopId}`;
const loaded = new Map<string, Mine>();
const listeners = new Set<() => void>();

function read(workshopId: string): Mine {
  const cached = loaded.get(workshopId);
  if (cached) return cached;
  let mine: Mine = {};
  try {
    const parsed: unknown = JSON.parse(readStored(storageKey(workshopId)) ?? '{}');
    if (parsed && typeof parsed === 'object') {
      mine = Object.fromEntries<Priority>(
        Object.entries(parsed).filter((entry): entry is [string, Priority] => (PRIORITIES as readonly unknown[]).includes(entry[1])),
      );
    }
  } catch {
    // Damaged storage: start again from no own priorities rather than fail the table.
  }
  loaded.set(workshopId, mine);
  return mine;
}

/** Sets (or, with null, clears) the reader's own priority of one recommendation. */
export function setMyPriority(workshopId: string, key: string, priority: Priority | null): void {
  const next = { ...read(workshopId) };
  if (priority) next[key] = priority;
  else delete next[key];
  loaded.set(workshopId, next);
  writeStored(storageKey(workshopId), JSON.stringify(next));
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The reader's own priority of one recommendation, or null. */
export function useMyPriority(workshopId: string, key: string): Priority | null {
  return useSyncExternalStore(subscribe, () => read(workshopId)[key] ?? null);
}
