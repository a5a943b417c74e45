/**
 * What a vote can be: its kinds, franchises (and who counts as one organisation), result
 * visibilities, thresholds and fixed choices.
 * Kept apart from the schemas in votes.ts, without zod: the participant's first view imports these,
 * and zod would add about 40 KiB compressed to it.
 */

export const VOTE_KINDS = ['yesno', 'consent', 'approval', 'dots', 'ranking'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];

/** One ballot per participant, or one per organisation (its first delegate to vote casts it). */
export const FRANCHISES = ['participant', 'organisation'] as const;
export type Franchise = (typeof FRANCHISES)[number];

/** Results in the state while the vote is open, or only once it has closed. */
export const RESULT_VISIBILITIES = ['live', 'after'] as const;
export type ResultVisibility = (typeof RESULT_VISIBILITIES)[number];

/** Simple majority of those taking a side, two thirds of them, or consensus (no one against). */
export const THRESHOLDS = ['majority', 'two-thirds', 'consensus'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export const YESNO_CHOICES = ['yes', 'no', 'abstain'] as const;
export const CONSENT_CHOICES = ['agree', 'stand-aside', 'object'] as const;

/** Kinds whose ballots choose among the vote's options. */
export const OPTION_KINDS: readonly VoteKind[] = ['approval', 'dots', 'ranking'];
/** Only a yes/no or consent question can adopt a text. */
export const ADOPTION_KINDS: readonly VoteKind[] = ['yesno', 'consent'];

/** The key two delegates of one organisation share: case, spacing and Unicode form do not split it. */
export function organisationKey(organisation: string): string {
  return organisation.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * The subject that marks a dot vote on the recommendations: its dots are placed in the triage
 * table and its chart names the recommendations, so the generic ballot and result panels leave it out.
 */
export const TABLE_DOT_VOTE_SUBJECT = { section: 'recommendations' } as const;

/** Whether a vote carries the marker of a dot vote placed in the recommendations table. */
export function isTableDotVote(spec: { kind: VoteKind; subject?: { section: string } }): boolean {
  return spec.kind === 'dots' && spec.subject?.section === TABLE_DOT_VOTE_SUBJECT.section;
}
