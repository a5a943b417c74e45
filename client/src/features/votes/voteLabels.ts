/** Words for choices and ballots, and the rows of a result chart in a stable order. */
import type { TFunction } from 'i18next';
import { CONSENT_CHOICES, YESNO_CHOICES } from '../../../../shared/voteKinds.js';
import type { BallotChoice, VoteSpec } from '../../../../shared/votes.js';

const FIXED_CHOICES = [...YESNO_CHOICES, ...CONSENT_CHOICES] as const;
type FixedChoice = (typeof FIXED_CHOICES)[number];

const isFixedChoice = (choice: string): choice is FixedChoice => (FIXED_CHOICES as readonly string[]).includes(choice);

/** "Yes", "Stand aside" … for the fixed choices; an option is its own label. */
export function choiceLabel(t: TFunction, choice: string): string {
  return isFixedChoice(choice) ? t(`votes.choices.${choice}`) : choice;
}

/** A ballot in words: one choice, options joined (ranked with ">"), or dots per option. */
export function describeChoice(t: TFunction, spec: VoteSpec, choice: BallotChoice): string {
  if (typeof choice === 'string') return choiceLabel(t, choice);
  if (Array.isArray(choice)) return choice.join(spec.kind === 'ranking' ? ' > ' : ', ');
  return Object.entries(choice)
    .filter(([, dots]) => dots > 0)
    .map(([option, dots]) => `${option} ×${dots}`)
    .join(', ');
}

/** The chart's rows: the fixed choices in their order, or the vote's options in theirs; missing counts are 0. */
export function resultRows(spec: VoteSpec, counts: Record<string, number>): { choice: string; count: number }[] {
  const order = spec.kind === 'yesno' ? YESNO_CHOICES : spec.kind === 'consent' ? CONSENT_CHOICES : (spec.options ?? []);
  return order.map((choice) => ({ choice, count: counts[choice] ?? 0 }));
}

/** How a result was counted, in the reader's language (the server's `method` is the record's English). */
export function countingMethod(t: TFunction, spec: VoteSpec): string {
  const options = spec.options?.length ?? 0;
  return t(`votes.result.method.${spec.kind}`, { count: options, first: Math.max(0, options - 1) });
}
