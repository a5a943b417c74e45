/**
 * Charter amendments on the control channel: while the charter is in amendment mode,
 * participants propose a replacement for one paragraph with a reason, the facilitator puts it
 * to a yes/no vote, and a passed amendment is written into the charter by the server with its
 * provenance. Amendments live in the control record (server-authoritative); their text is not
 * secret, so they are audited like any command.
 */
import { z } from 'zod';
import { AMENDMENT_LIMITS } from './limits.js';
import { itemVoteRules } from './votes.js';

/** `voting`: put to the vote; `conflict`: passed, but its paragraph had changed and nothing was applied. */
export const AMENDMENT_STATUSES = ['open', 'voting', 'adopted', 'rejected', 'withdrawn', 'conflict'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** Which paragraph: its top-level index in the charter's Y.XmlFragment, and its text as the proposer saw it. */
export interface ParagraphRef {
  index: number;
  text: string;
}

/** What an adopted amendment changed, and by which vote: kept with the amendment for the record. */
export interface AmendmentProvenance {
  amendmentId: string;
  voteId: string;
  appliedAt: number;
  /** The paragraph's text before and after, as found and as written. */
  before: string;
  after: string;
}

export interface Amendment {
  id: string;
  paragraph: ParagraphRef;
  replacement: string;
  reason: string;
  /** From the proposer's server-side identity, never from the payload. */
  author: { participantId: string; name: string; organisation: string | null };
  proposedAt: number;
  status: AmendmentStatus;
  /** The vote it was put to, while open and after. */
  voteId: string | null;
  /** When the vote settled it, or it was withdrawn. */
  decidedAt: number | null;
  applied: AmendmentProvenance | null;
  /** Why a passed amendment could not be applied (status `conflict`). */
  problem: string | null;
}

/** The field of the control record: the mode, and every amendment in the order proposed. */
export interface AmendmentsRecord {
  /** While on, the charter refuses participants' Yjs updates (the facilitator still writes). */
  mode: boolean;
  items: Amendment[];
}

/** The value of a workshop that has never used amendments. */
export const noAmendments = (): AmendmentsRecord => ({ mode: false, items: [] });

const id = z.string().min(1).max(64);
const paragraphText = z.string().max(AMENDMENT_LIMITS.maxParagraphLength);

export const amendmentModePayload = z.object({ on: z.boolean() }).strict();

export const proposeAmendmentPayload = z
  .object({
    paragraph: z.object({ index: z.number().int().min(0).max(100_000), text: paragraphText.refine((t) => t.trim() !== '', 'the paragraph is empty') }).strict(),
    replacement: paragraphText.trim().min(1),
    reason: z.string().trim().min(1).max(AMENDMENT_LIMITS.maxReasonLength),
  })
  .strict();

export const withdrawAmendmentPayload = z.object({ amendmentId: id }).strict();

/** The vote's rules; it is always about the amendment (subject `{ section: 'charter', itemId }`). */
export const putAmendmentToVotePayload = z.object({ amendmentId: id, ...itemVoteRules }).strict();

/** What `vote:close` answers about the amendment, when the vote was one; `error` when a passed one could not be applied. */
export const amendmentOutcomeSchema = z.strictObject({
  amendmentId: id,
  status: z.enum(AMENDMENT_STATUSES),
  error: z.strictObject({ code: z.literal('conflict'), message: z.string() }).optional(),
});

export type AmendmentOutcome = z.output<typeof amendmentOutcomeSchema>;

/** The amendment a vote is about, if it is an amendment vote. */
export function amendmentOfVote(items: readonly Amendment[], voteId: string): Amendment | undefined {
  return items.find((item) => item.voteId === voteId);
}
