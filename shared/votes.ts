/**
 * Votes on the control channel: what the facilitator opens, what a participant casts, what the
 * server answers and shows. The server validates with these schemas and decides; ballots never
 * enter a Yjs document, and a secret ballot's choice never leaves the server except as counts.
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { SECTIONS } from './sections.js';
import {
  ADOPTION_KINDS,
  CONSENT_CHOICES,
  FRANCHISES,
  OPTION_KINDS,
  RESULT_VISIBILITIES,
  THRESHOLDS,
  VOTE_KINDS,
  YESNO_CHOICES,
  type Franchise,
  type Threshold,
  type VoteKind,
} from './voteKinds.js';

export * from './voteKinds.js';

const id = z.string().min(1).max(64);
const option = z.string().trim().min(1).max(200);

/**
 * The rules of a yes/no (or consent) vote the server opens about one item it names (an amendment,
 * a plan row's joint commitment); the question defaults to one naming the item.
 */
export const itemVoteRules = {
  kind: z.enum(['yesno', 'consent']).default('yesno'),
  question: z.string().trim().min(1).max(1000).optional(),
  franchise: z.enum(FRANCHISES),
  secret: z.boolean(),
  showResults: z.enum(RESULT_VISIBILITIES),
  quorum: z.number().int().min(1).max(10_000).optional(),
  threshold: z.enum(THRESHOLDS),
};

export const openVotePayload = z
  .object({
    kind: z.enum(VOTE_KINDS),
    question: z.string().trim().min(1).max(1000),
    options: z.array(option).min(2).max(50).optional(),
    franchise: z.enum(FRANCHISES),
    secret: z.boolean(),
    showResults: z.enum(RESULT_VISIBILITIES),
    /** Ballots needed (participants or organisations, by franchise) for the result to count. */
    quorum: z.number().int().min(1).max(10_000).optional(),
    threshold: z.enum(THRESHOLDS),
    /** Dot voting: how many dots each ballot has, and whether several may go on one option. */
    dots: z.object({ perBallot: z.number().int().min(1).max(100), stack: z.boolean() }).optional(),
    /** What the vote is about: a section, and an item of it when the vote is about one. */
    subject: z.object({ section: z.enum(SECTIONS), itemId: id.optional() }).optional(),
    /** `charter` makes this the adoption vote: the charter is frozen and its hash goes into the vote. */
    adopt: z.literal('charter').optional(),
  })
  .strict()
  .superRefine((vote, context) => {
    const hasOptions = OPTION_KINDS.includes(vote.kind);
    if (hasOptions && !vote.options) context.addIssue({ code: 'custom', path: ['options'], message: `a ${vote.kind} vote needs options` });
    if (!hasOptions && vote.options) context.addIssue({ code: 'custom', path: ['options'], message: `a ${vote.kind} vote has fixed choices` });
    if (vote.options && new Set(vote.options).size !== vote.options.length) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'options must differ' });
    }
    if ((vote.kind === 'dots') !== (vote.dots !== undefined)) {
      context.addIssue({ code: 'custom', path: ['dots'], message: 'dots are set for, and only for, a dots vote' });
    }
    if (vote.adopt && !ADOPTION_KINDS.includes(vote.kind)) {
      context.addIssue({ code: 'custom', path: ['adopt'], message: 'an adoption vote is a yes/no or consent vote' });
    }
  });

/** What the facilitator opens, as validated. */
export type VoteSpec = z.output<typeof openVotePayload>;

/** yes/no/abstain, agree/stand-aside/object, approved options, `{ option: dots }`, or options in ranked order. */
export const ballotChoice = z.union([
  z.enum([...YESNO_CHOICES, ...CONSENT_CHOICES]),
  z.array(option).max(50),
  z.record(option, z.number().int().min(0).max(100)),
]);
export type BallotChoice = z.output<typeof ballotChoice>;

export const castVotePayload = z
  .object({
    voteId: id,
    choice: ballotChoice,
    /** Chosen by the client per cast; a retry with the same id counts once. */
    requestId: z.string().min(8).max(64),
  })
  .strict();

export const closeVotePayload = z.object({ voteId: id }).strict();

const text = (max: number) => z.string().max(max);
const time = z.number().int().min(0);

/** A counted vote's result as it is answered, kept and restored (`VoteResult`). */
export const voteResultSchema = z.object({
  counts: z.record(z.string(), z.number()),
  backers: z.record(z.string(), z.number()),
  ballots: z.number().int().min(0),
  leading: z.string().nullable(),
  voters: z.array(z.object({ name: text(LIMITS.maxNameLength), organisation: text(LIMITS.maxOrganisationLength).nullable() })).max(10_000),
  openBallots: z
    .array(z.object({ name: text(LIMITS.maxNameLength), organisation: text(LIMITS.maxOrganisationLength).nullable(), choice: ballotChoice }))
    .max(10_000)
    .nullable(),
  method: text(1000),
  turnout: z.object({ ballots: z.number().int().min(0), present: z.number().int().min(0) }),
  quorum: z.object({ required: z.number().int().nullable(), met: z.boolean() }),
  threshold: z.object({ rule: z.enum(THRESHOLDS), for: z.number(), against: z.number(), met: z.boolean() }),
  passed: z.boolean(),
  openedAt: time,
  closedAt: time,
  charterHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest').nullable(),
  roll: z.object({ listVersion: z.number().int().min(0), organisations: z.number().int().min(0) }).nullable().optional(),
});

/** Checks a choice against the vote it is cast in; returns why it does not fit, or null. */
export function choiceProblem(spec: VoteSpec, choice: BallotChoice): string | null {
  const options = spec.options ?? [];
  switch (spec.kind) {
    case 'yesno':
      return typeof choice === 'string' && (YESNO_CHOICES as readonly string[]).includes(choice) ? null : 'choose yes, no or abstain';
    case 'consent':
      return typeof choice === 'string' && (CONSENT_CHOICES as readonly string[]).includes(choice) ? null : 'choose agree, stand-aside or object';
    case 'approval':
    case 'ranking': {
      if (!Array.isArray(choice)) return 'choose a list of options';
      if (new Set(choice).size !== choice.length) return 'an option appears twice';
      if (spec.kind === 'ranking' && choice.length === 0) return 'rank at least one option';
      return choice.every((o) => options.includes(o)) ? null : 'not an option of this vote';
    }
    case 'dots': {
      if (typeof choice !== 'object' || Array.isArray(choice)) return 'place dots as { option: dots }';
      const entries = Object.entries(choice);
      if (!entries.every(([o]) => options.includes(o))) return 'not an option of this vote';
      const { perBallot, stack } = spec.dots ?? { perBallot: 0, stack: false };
      if (!stack && entries.some(([, n]) => n > 1)) return 'one dot per option in this vote';
      return entries.reduce((sum, [, n]) => sum + n, 0) <= perBallot ? null : `at most ${perBallot} dots`;
    }
  }
}

/** Counts by choice (yes/no, consent), by option (approvals, dots) or Borda points (ranking). */
export interface Tally {
  counts: Record<string, number>;
  /** Ballots counted. */
  ballots: number;
  /** Per option: ballots that back it (approve it, give it a dot, rank it first); option kinds only. */
  backers: Record<string, number>;
  /** How the counts were made, in words, for the projector and the record. */
  method: string;
}

/** Someone who voted (never how, when secret). */
export interface Voter {
  name: string;
  organisation: string | null;
}

/** An open ballot's choice, published with the result. */
export interface OpenBallot extends Voter {
  choice: BallotChoice;
}

export interface VoteResult extends Tally {
  /** The option with the most support, or null (a tie, no ballots, or a yes/no kind). */
  leading: string | null;
  /** Ballots cast (participants or organisations, by franchise) and how many could vote, present at close. */
  turnout: { ballots: number; present: number };
  quorum: { required: number | null; met: boolean };
  /** `for` and `against` are the ballots the rule weighs; abstentions and stand-asides are neither. */
  threshold: { rule: Threshold; for: number; against: number; met: boolean };
  passed: boolean;
  openedAt: number;
  closedAt: number;
  /** Adoption votes: SHA-256 hex of the charter's canonical text that was put to the vote. */
  charterHash: string | null;
  /**
   * An organisation vote counted while the invitation list was in force: the list's version and
   * how many organisations it named (only they could vote; the quorum counts them). Absent or
   * null otherwise, and in results recorded before lists existed.
   */
  roll?: VoteRoll | null;
  voters: Voter[];
  /** How each voted: open ballots only; null for a secret vote. */
  openBallots: OpenBallot[] | null;
}

/** The invitation list an organisation vote was counted against. */
export interface VoteRoll {
  listVersion: number;
  organisations: number;
}

/** A vote as every client sees it in `state`. */
export interface VoteSummary {
  id: string;
  spec: VoteSpec;
  status: 'open' | 'closed';
  openedAt: number;
  closedAt: number | null;
  /** SHA-256 hex of the charter's canonical text when the vote opened (adoption votes only). */
  charterHash: string | null;
  /** Live: ballots so far, and voters present (participants or organisations, by franchise). */
  turnout: { ballots: number; present: number };
  /** Counts while open, only when results are live (a secret vote's counts, nothing more). */
  live: Pick<Tally, 'counts' | 'ballots' | 'method'> | null;
  /** Who has voted so far: open ballots only; a secret vote shows turnout alone. */
  voters: Voter[] | null;
  result: VoteResult | null;
}

/** Sent only to the voter's own sockets (and, per organisation, its delegates') after a ballot counts. */
export interface BallotNotice {
  voteId: string;
  /** Who cast the ballot that now counts for you or your organisation. */
  castBy: Voter & { participantId: string };
  /** The choice, for open ballots only. */
  choice: BallotChoice | null;
}

/** A vote in `record.json`: its question and rules, and for a closed vote its counts and verdict (never a secret choice). */
export interface RecordVote {
  id: string;
  kind: VoteKind;
  question: string;
  options: string[] | null;
  franchise: Franchise;
  secret: boolean;
  threshold: Threshold;
  quorum: number | null;
  subject: VoteSpec['subject'] | null;
  adopt: 'charter' | null;
  /** Counts by choice or option (Borda points for a ranking); null while the vote is open. */
  results: Record<string, number> | null;
  method: string | null;
  turnout: VoteResult['turnout'] | null;
  quorumMet: boolean | null;
  thresholdMet: boolean | null;
  passed: boolean | null;
  openedAt: number;
  closedAt: number | null;
  charterHash: string | null;
  /** The invitation list an organisation vote was counted against, or null (`VoteResult.roll`). */
  roll: VoteRoll | null;
  /** Who voted (never how, when secret). */
  voters: Voter[];
  /** How each voted: open ballots only. */
  openBallots: OpenBallot[] | null;
}

/** The charter in `record.json`: the adopted text and its hash, or the current draft and the hash it would have. */
export interface RecordCharter {
  text: string;
  adopted: boolean;
  /** SHA-256 hex of the UTF-8 bytes of `text`. */
  hash: string;
  adoptedAt: number | null;
  voteId: string | null;
  signatories: { organisation: string; name: string; signedAt: number }[];
}
