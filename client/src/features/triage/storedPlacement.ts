/**
 * The reader's dots kept on this device per vote: a ballot replaces the previous one, so a page
 * reloaded mid-vote must start from the dots already cast, or the next dot would erase them.
 * (The server does not tell a secret ballot's choice back, by design.)
 */
import { readStored, writeStored } from '../../infra/auth/tokenStore.js';
import type { DotPlacement } from './dotBallot.js';

const keyOf = (voteId: string) => `convene:dots:${voteId}`;

/** The dots stored for a vote; anything unreadable reads as none. */
export function loadPlacement(voteId: string): DotPlacement {
  const raw = readStored(keyOf(voteId));
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // A damaged entry is treated as no dots: the next cast replaces it anyway.
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const placement: DotPlacement = {};
  for (const [option, dots] of Object.entries(parsed)) if (Number.isInteger(dots) && (dots as number) > 0) placement[option] = dots as number;
  return placement;
}

/** Remembers the dots of a vote as cast. */
export function savePlacement(voteId: string, placement: DotPlacement): void {
  writeStored(keyOf(voteId), JSON.stringify(placement));
}
