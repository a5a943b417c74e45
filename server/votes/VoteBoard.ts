/**
 * The votes of each loaded workshop, held in memory so `state` can be built synchronously. The
 * store stays the truth: after casts, a vote's ballots are re-read from it (at most once per
 * short window, so 150 people voting at once cause a handful of reads and broadcasts, not 150).
 *
 * Across instances (scale-out), each open, ballot and close is announced on the deployment's
 * `votes` channel by ids alone, never a choice; the other instances re-read what changed from
 * PostgreSQL. A lost announcement only delays their counts: a command that names a vote this
 * board does not know, or a close the store says was already made, re-reads the workshop first.
 */
import type { VoteSummary } from '../../shared/votes.js';
import { describeError, log } from '../logger.js';
import { Announcements } from '../scaleOut/Announcements.js';
import type { SharedChannels } from '../scaleOut/ScaleOut.js';
import type { BallotRecord, Store, StoredVote } from '../storage/Store.js';
import { type PresentVoters, summarise } from './summary.js';

/** How long casts are gathered before the ballots are re-read and the state is sent. */
const REFRESH_WINDOW_MS = 50;

/** Across instances, open votes are re-read this often too, so counts a lost announcement held back catch up. */
const RECONCILE_MS = 2000;

/** What one instance tells the others: which vote changed, and how; they read the rest from the store. */
interface Announcement {
  workshopId: string;
  voteId: string;
  change: 'opened' | 'ballot' | 'closed';
}

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

  private readonly announcements: Announcements<Announcement>;

  constructor(
    private readonly store: Store,
    /** Called when a workshop's votes changed after a refresh: broadcast its state. */
    private readonly onRefresh: (workshopId: string) => void,
    /** The other instances of the deployment, or null for a single process. */
    channels: SharedChannels | null = null,
  ) {
    this.announcements = new Announcements(channels, { channel: 'votes', logAs: 'votes', heard: (message) => this.heard(message) });
    if (channels) {
      this.reconciler = setInterval(() => this.reconcile(), RECONCILE_MS);
      this.reconciler.unref();
    }
  }

  private reconciler: NodeJS.Timeout | null = null;

  /** Re-reads the workshops with an open vote from the store (scale-out only): closes and ballots made elsewhere. */
  private reconcile(): void {
    for (const [workshopId, entries] of this.byWorkshop) {
      if (!entries.some(({ vote }) => vote.closedAt === null)) continue;
      this.reread(workshopId).then(
        () => {
          for (const vote of this.openVotes(workshopId)) this.markDirty(workshopId, vote.id);
        },
        (error: unknown) => log.error('votes.reread_failed', { workshopId, error: describeError(error) }),
      );
    }
  }

  /** Resolves once this board hears the other instances (at once without scale-out). */
  async ready(): Promise<void> {
    await this.announcements.ready();
  }

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
    if (!this.entry(vote.workshopId, vote.id)) this.byWorkshop.get(vote.workshopId)?.push({ vote, ballots: [] });
    this.announce(vote.workshopId, vote.id, 'opened');
  }

  /** Records a close (result null until counted) or a counted result. */
  closed(vote: StoredVote): void {
    const entry = this.entry(vote.workshopId, vote.id);
    if (entry) Object.assign(entry, { vote, ballots: [] });
    this.announce(vote.workshopId, vote.id, 'closed');
  }

  /**
   * Re-reads a loaded workshop's votes from the store: votes opened elsewhere, closes and results
   * recorded elsewhere. Returns the vote asked for as the store has it.
   */
  async reread(workshopId: string, voteId?: string): Promise<StoredVote | null> {
    const entries = this.byWorkshop.get(workshopId);
    if (!entries) return null;
    for (const vote of await this.store.listVotes(workshopId)) {
      const entry = this.entry(workshopId, vote.id);
      if (!entry) {
        // In the list before the read of its ballots, so a second re-read at once does not add it twice.
        const added: Entry = { vote, ballots: [] };
        entries.push(added);
        if (vote.closedAt === null) added.ballots = await this.store.listBallots(vote.id);
      } else if (vote.closedAt !== null && (entry.vote.closedAt === null || (entry.vote.result === null && vote.result !== null))) {
        Object.assign(entry, { vote, ballots: [] });
      }
    }
    return voteId === undefined ? null : (this.entry(workshopId, voteId)?.vote ?? null);
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
    this.markDirty(workshopId, voteId);
    this.announce(workshopId, voteId, 'ballot');
  }

  private markDirty(workshopId: string, voteId: string): void {
    const votes = this.dirty.get(workshopId) ?? new Set<string>();
    votes.add(voteId);
    this.dirty.set(workshopId, votes);
    if (!this.timers.has(workshopId)) {
      this.timers.set(workshopId, setTimeout(() => void this.refresh(workshopId), REFRESH_WINDOW_MS));
    }
  }

  /** Stops pending refreshes and stops hearing the other instances (shutdown). */
  async close(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    if (this.reconciler) clearInterval(this.reconciler);
    this.reconciler = null;
    await this.announcements.close();
  }

  private announce(workshopId: string, voteId: string, change: Announcement['change']): void {
    // The change is stored; an announcement Redis loses only delays the others' counts.
    this.announcements.announce({ workshopId, voteId, change });
  }

  /** Another instance changed a vote: re-read it from the store (only for workshops loaded here). */
  private heard({ workshopId, voteId, change }: Announcement): void {
    if (!this.byWorkshop.has(workshopId)) return;
    if (change === 'ballot' && this.entry(workshopId, voteId)?.vote.closedAt === null) return this.markDirty(workshopId, voteId);
    this.reread(workshopId)
      .then(() => this.onRefresh(workshopId))
      .catch((error: unknown) => log.error('votes.reread_failed', { workshopId, error: describeError(error) }));
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
