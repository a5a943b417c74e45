/** The facilitator's "open a vote" form as plain values, and the `vote:open` payload it makes. */
import type { CommandPayload } from '../../../../shared/control.js';
import { OPTION_KINDS, type Franchise, type ResultVisibility, type Threshold, type VoteKind } from '../../../../shared/voteKinds.js';

/** Everything the form holds, as typed (numbers as text until sent). */
export interface VoteDraft {
  kind: VoteKind;
  question: string;
  /** One option per line. */
  options: string;
  franchise: Franchise;
  secret: boolean;
  showResults: ResultVisibility;
  quorum: string;
  threshold: Threshold;
  dotsPerBallot: string;
  stack: boolean;
}

/** A fresh form: a yes/no question, one ballot per participant, open ballots, live results. */
export const EMPTY_DRAFT: VoteDraft = {
  kind: 'yesno',
  question: '',
  options: '',
  franchise: 'participant',
  secret: false,
  showResults: 'live',
  quorum: '',
  threshold: 'majority',
  dotsPerBallot: '3',
  stack: false,
};

/** The options as sent: one per non-empty line, trimmed. */
export function draftOptions(draft: Pick<VoteDraft, 'options'>): string[] {
  return draft.options
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** What is wrong with the draft in the form's terms, or null; the server checks again. */
export type DraftProblem = 'question' | 'options' | 'optionsDiffer' | 'quorum' | 'dots';

/** The first problem the form can see before sending. */
export function draftProblem(draft: VoteDraft): DraftProblem | null {
  if (draft.question.trim() === '') return 'question';
  if (OPTION_KINDS.includes(draft.kind)) {
    const options = draftOptions(draft);
    if (options.length < 2) return 'options';
    if (new Set(options).size !== options.length) return 'optionsDiffer';
  }
  if (draft.quorum.trim() !== '' && !(Number.isInteger(Number(draft.quorum)) && Number(draft.quorum) >= 1)) return 'quorum';
  if (draft.kind === 'dots' && !(Number.isInteger(Number(draft.dotsPerBallot)) && Number(draft.dotsPerBallot) >= 1)) return 'dots';
  return null;
}

/** The `vote:open` payload: options only for option kinds, dots only for a dot vote, quorum only when set. */
export function votePayload(draft: VoteDraft): CommandPayload<'vote:open'> {
  return {
    kind: draft.kind,
    question: draft.question.trim(),
    ...(OPTION_KINDS.includes(draft.kind) ? { options: draftOptions(draft) } : {}),
    franchise: draft.franchise,
    secret: draft.secret,
    showResults: draft.showResults,
    ...(draft.quorum.trim() !== '' ? { quorum: Number(draft.quorum) } : {}),
    threshold: draft.threshold,
    ...(draft.kind === 'dots' ? { dots: { perBallot: Number(draft.dotsPerBallot), stack: draft.stack } } : {}),
  };
}
