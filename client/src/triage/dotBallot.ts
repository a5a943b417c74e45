/** A participant's dots in one vote: the rules the server enforces, checked first so the buttons say no early. */
import type { VoteSpec } from '../../../shared/votes.js';

/** Dots placed, by recommendation key. */
export type DotPlacement = Record<string, number>;

/** Dots used in a placement. */
export function dotsUsed(placement: Readonly<DotPlacement>): number {
  return Object.values(placement).reduce((sum, dots) => sum + dots, 0);
}

/** The placement after adding (+1) or taking back (-1) a dot, or null when the vote's rules forbid it. */
export function moveDot(spec: VoteSpec, placement: Readonly<DotPlacement>, option: string, delta: 1 | -1): DotPlacement | null {
  if (!spec.options?.includes(option)) return null;
  const current = placement[option] ?? 0;
  const next = current + delta;
  if (next < 0) return null;
  const { perBallot, stack } = spec.dots ?? { perBallot: 0, stack: false };
  if (delta > 0 && (dotsUsed(placement) >= perBallot || (!stack && current >= 1))) return null;
  const result: DotPlacement = { ...placement, [option]: next };
  if (next === 0) delete result[option];
  return result;
}
