/**
 * The votes of each loaded workshop, held in memory so `state` can be built synchronously. The
 * store stays the truth: after casts, a vote's ballots are re-read from it (at most once per
 * short window, so 150 people voting at once cause a handful of reads and broadcasts, not 150).
 */
import type { VoteSummary } from '../../shared/votes.js';
import { describeError, log } from '../logger.js';
import type { BallotRecord, Store, StoredVote } from '../storage/Store.js';
import { type PresentVoters, summarise } from './summary.js';

/** How long casts are gathered before the ballots are re-read and the state is sent. */
const REFRESH_WINDOW_MS = 50;

interface Entry {
  vote: StoredVote;
  /** Ballots of an open vote; emptied once it closes (the result carries what is public). */
  ballots: BallotRecord[];
}

export class VoteBoard {
  private readonly byWorkshop = new Map<string, Entry[]>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly dirty = new Map<string, Set<string>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Votes being closed and counted in this process: a second close must not count them twice. */
  private readonly counting = new Set<string>();

  constructor(
    private readonly store: Store,
    /** Called when a workshop's votes changed after a refresh: broadcast its state. */
    private readonly onRefresh: (workshopId: string) => void,
  ) {}

  /** Loads a workshop's votes and the ballots of its open ones (once). */
  load(workshopId: string): Promise<void> {
    if (this.byWorkshop.has(workshopId)) return Promise.resolve();
    let pending = this.loading.get(workshopId);
    if (!pending) {
      pending = (async () => {
        const votes = await this.store.listVotes(workshopId);
        const entries = await Promise.all(
          votes.map(async (vote) => ({ vote, ballots: vote.closedAt === null ? await this.store.listBallots(vote.id) : [] })),
        );
        this.byWorkshop.set(workshopId, entries);
      })().finally(() => this.loading.delete(workshopId));
      this.loading.set(workshopId, pending);
    }
    return pending;
  }

  /** The stored vote, if it belongs to this workshop. */
  find(workshopId: string, voteId: string): StoredVote | null {
    return this.entry(workshopId, voteId)?.vote ?? null;
  }

  /** The workshop's open votes. */
  openVotes(workshopId: string): StoredVote[] {
    return (this.byWorkshop.get(workshopId) ?? []).flatMap(({ vote }) => (vote.closedAt === null ? [vote] : []));
  }

  /** Every vote as the state shows it, oldest first. */
  summaries(workshopId: string, present: PresentVoters): VoteSummary[] {
    return (this.byWorkshop.get(workshopId) ?? []).map(({ vote, ballots }) => summarise(vote, ballots, present));
  }

  opened(vote: StoredVote): void {
    this.byWorkshop.get(vote.workshopId)?.push({ vote, ballots: [] });
  }

  /** Records a close (result null until counted) or a counted result. */
  closed(vote: StoredVote): void {
    const entry = this.entry(vote.workshopId, vote.id);
    if (entry) Object.assign(entry, { vote, ballots: [] });
  }

  /** Claims the count of a vote; false when another close of it is under way. */
  beginCount(voteId: string): boolean {
    if (this.counting.has(voteId)) return false;
    this.counting.add(voteId);
    return true;
  }

  endCount(voteId: string): void {
    this.counting.delete(voteId);
  }

  /** A ballot was written: re-read the vote's ballots soon, then tell the workshop. */
  ballotCast(workshopId: string, voteId: string): void {
    const votes = this.dirty.get(workshopId) ?? new Set<string>();
    votes.add(voteId);
    this.dirty.set(workshopId, votes);
    if (!this.timers.has(workshopId)) {
      this.timers.set(workshopId, setTimeout(() => void this.refresh(workshopId), REFRESH_WINDOW_MS));
    }
  }

  /** Stops pending refreshes (shutdown). */
  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async refresh(workshopId: string): Promise<void> {
    this.timers.delete(workshopId);
    const voteIds = this.dirty.get(workshopId) ?? new Set<string>();
    this.dirty.delete(workshopId);
    try {
      for (const voteId of voteIds) {
        const entry = this.entry(workshopId, voteId);
        if (!entry || entry.vote.closedAt !== null) continue;
        const ballots = await this.store.listBallots(voteId);
        // The vote may have closed while we read; a closed vote shows its result, not ballots.
        if (entry.vote.closedAt === null) entry.ballots = ballots;
      }
      this.onRefresh(workshopId);
    } catch (error) {
      log.error('votes.refresh_failed', { workshopId, error: describeError(error) });
    }
  }

  private entry(workshopId: string, voteId: string): Entry | undefined {
    return this.byWorkshop.get(workshopId)?.find((entry) => entry.vote.id === voteId);
  }
}
