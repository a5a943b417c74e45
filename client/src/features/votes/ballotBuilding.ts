/**
 * Building a ballot before it is cast: dots placed within the vote's limit, options approved or
 * ranked. Pure functions over plain values, so the rules are tested without a browser; the
 * server checks every choice again with `choiceProblem`.
 */
import type { BallotChoice, VoteSpec } from '../../../../shared/votes.js';

/** Dots placed so far, by option. */
export type DotPlacement = Record<string, number>;

/** How many dots the ballot has in all (0 for a vote that is not a dot vote). */
export function dotLimit(spec: VoteSpec): number {
  return spec.dots?.perBallot ?? 0;
}

/** Dots placed on all options together. */
export function dotsPlaced(dots: DotPlacement): number {
  return Object.values(dots).reduce((sum, n) => sum + n, 0);
}

/** Dots still to place. */
export function dotsLeft(spec: VoteSpec, dots: DotPlacement): number {
  return Math.max(0, dotLimit(spec) - dotsPlaced(dots));
}

/** True when one more dot may go on `option`: dots are left, and stacking is allowed or the option has none. */
export function canAddDot(spec: VoteSpec, dots: DotPlacement, option: string): boolean {
  if (!(spec.options ?? []).includes(option) || dotsLeft(spec, dots) === 0) return false;
  return spec.dots?.stack === true || (dots[option] ?? 0) === 0;
}

/** One more dot on `option`, or the same placement when the limit (or no stacking) forbids it. */
export function addDot(spec: VoteSpec, dots: DotPlacement, option: string): DotPlacement {
  return canAddDot(spec, dots, option) ? { ...dots, [option]: (dots[option] ?? 0) + 1 } : dots;
}

/** One dot fewer on `option`; an option left with none disappears from the placement. */
export function removeDot(dots: DotPlacement, option: string): DotPlacement {
  const current = dots[option] ?? 0;
  if (current === 0) return dots;
  const { [option]: _removed, ...rest } = dots;
  return current === 1 ? rest : { ...rest, [option]: current - 1 };
}

/** Moves the option at `index` up (`-1`) or down (`+1`); a move past either end changes nothing. */
export function moveOption(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** Approves or withdraws `option`, keeping the vote's option order so equal ballots read the same. */
export function toggleApproval(spec: VoteSpec, approved: readonly string[], option: string, on: boolean): string[] {
  const chosen = new Set(approved);
  if (on) chosen.add(option);
  else chosen.delete(option);
  return (spec.options ?? []).filter((o) => chosen.has(o));
}

/** The ranking a ballot starts from: the previous ballot's order, else the vote's option order. */
export function initialRanking(spec: VoteSpec, previous: BallotChoice | null): string[] {
  const options = spec.options ?? [];
  if (!Array.isArray(previous)) return [...options];
  const ranked = previous.filter((o) => options.includes(o));
  return [...ranked, ...options.filter((o) => !ranked.includes(o))];
}

/** A previous open ballot's dots, when it was a dot placement. */
export function initialDots(previous: BallotChoice | null): DotPlacement {
  return previous && typeof previous === 'object' && !Array.isArray(previous) ? { ...previous } : {};
}

/** A previous open ballot's approvals, when it was a list. */
export function initialApprovals(spec: VoteSpec, previous: BallotChoice | null): string[] {
  return Array.isArray(previous) ? (spec.options ?? []).filter((o) => previous.includes(o)) : [];
}
