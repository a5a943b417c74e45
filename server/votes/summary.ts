/** A vote as every client sees it in `state`: what the rules allow to be public, and nothing more. */
import type { VoteSummary } from '../../shared/votes.js';
import type { BallotRecord, StoredVote } from '../storage/Store.js';
import { tally } from './counting.js';

/** Voters present now: participants, and the distinct organisations among them. */
export interface PresentVoters {
  participants: number;
  organisations: number;
}

/**
 * Live counts only when results are live; voters' names only for open ballots, because with a
 * secret vote a list growing one name at a time beside counts growing one mark at a time would
 * tell whoever watches how each person voted. Turnout is always shown.
 */
export function summarise(vote: StoredVote, ballots: readonly BallotRecord[], present: PresentVoters): VoteSummary {
  const { spec } = vote;
  const open = vote.closedAt === null;
  const presentNow = spec.franchise === 'organisation' ? present.organisations : present.participants;
  const showLive = open && spec.showResults === 'live';
  const counted = showLive ? tally(spec, ballots.flatMap((b) => (b.choice === null ? [] : [b.choice]))) : null;
  return {
    id: vote.id,
    spec,
    status: open ? 'open' : 'closed',
    openedAt: vote.openedAt,
    closedAt: vote.closedAt,
    charterHash: vote.charter?.hash ?? null,
    turnout: vote.result?.turnout ?? { ballots: ballots.length, present: Math.max(presentNow, ballots.length) },
    live: counted ? { counts: counted.counts, ballots: counted.ballots, method: counted.method } : null,
    voters: open && !spec.secret ? ballots.map(({ name, organisation }) => ({ name, organisation })) : null,
    result: vote.result,
  };
}
