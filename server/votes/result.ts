/** The result of a closed vote: counts, turnout, quorum, threshold, verdict and who voted (never how, when secret). */
import type { BallotChoice, VoteResult, VoteSpec, Voter } from '../../shared/votes.js';
import { tally } from './counting.js';
import { decide } from './decision.js';

/** A counted ballot: who cast it and, until a secret vote is closed and counted, its choice. */
export interface CountedBallot extends Voter {
  choice: BallotChoice;
}

export interface ResultInput {
  spec: VoteSpec;
  ballots: readonly CountedBallot[];
  /** Voters present at close: participants or organisations, by franchise. */
  present: number;
  openedAt: number;
  closedAt: number;
  charterHash: string | null;
}

/** Counts and decides a closed vote. */
export function buildResult({ spec, ballots, present, openedAt, closedAt, charterHash }: ResultInput): VoteResult {
  const counted = tally(spec, ballots.map((ballot) => ballot.choice));
  const voters = ballots.map(({ name, organisation }) => ({ name, organisation }));
  return {
    ...counted,
    ...decide(spec, counted),
    turnout: { ballots: ballots.length, present: Math.max(present, ballots.length) },
    openedAt,
    closedAt,
    charterHash,
    voters,
    openBallots: spec.secret ? null : ballots.map(({ name, organisation, choice }) => ({ name, organisation, choice })),
  };
}
