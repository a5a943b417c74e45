/**
 * The room's vote on a joint commitment (a dialogue day's plan row), told apart from other votes.
 * Apart from `dialogue.ts`, which every participant's first visit loads: only the console and the server need it.
 */
import type { Section } from './sections.js';
import { ADOPTION_KINDS, type VoteKind } from './voteKinds.js';

/**
 * Whether a vote is the room's vote on a plan row's joint commitment: on a dialogue day, a yes/no
 * or consent question about one plan row (`commitment:put-to-vote` opens them). Passed, it
 * confirms the row; failed, the row is not a commitment.
 */
export function commitmentVoteRow(spec: { kind: VoteKind; subject?: { section: Section; itemId?: string } }): string | null {
  if (!ADOPTION_KINDS.includes(spec.kind) || spec.subject?.section !== 'plan') return null;
  return spec.subject.itemId ?? null;
}
