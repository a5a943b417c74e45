/**
 * A participant's dots in one vote, as the triage table moves them: the rules live in
 * votes/ballotBuilding.ts (the same for every dot vote); this says whether a move happened.
 */
import type { VoteSpec } from '../../../../shared/votes.js';
import { addDot, type DotPlacement, dotsPlaced, removeDot } from '../votes/ballotBuilding.js';

export type { DotPlacement };

/** Dots used in a placement. */
export const dotsUsed = dotsPlaced;

/** The placement after adding (+1) or taking back (-1) a dot, or null when the vote's rules forbid it. */
export function moveDot(spec: VoteSpec, placement: Readonly<DotPlacement>, option: string, delta: 1 | -1): DotPlacement | null {
  const next = delta > 0 ? addDot(spec, placement, option) : removeDot(placement, option);
  return next === placement ? null : next;
}
