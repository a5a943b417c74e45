/**
 * Each workshop's invitation list and participants' standing on it, loaded from the store once
 * and kept in memory beside the control record: the state, the ballot and the quorum read it on
 * every change, so none of them asks the store. Only what has been stored is put here.
 *
 * Across instances (scale-out), each stored change is announced (workshop id only) and the others
 * read that workshop's book again from the store; a lost announcement is caught up by a re-read
 * every RECHECK_MS, and a ballot reads the voter's standing from the store.
 */
import {
  type Accreditation,
  accreditationInForce,
  findListedOrganisation,
  type InvitationList,
} from '../../shared/accreditation.js';
import type { AccreditationView, WaitingEntry } from '../../shared/events.js';
import { describeError, log } from '../logger.js';
import { Announcements } from '../scaleOut/Announcements.js';
import type { SharedChannels } from '../scaleOut/ScaleOut.js';
import type { ParticipantRecord, Store } from '../storage/Store.js';

/** How often, across instances, every loaded book is read again (an announcement Redis lost). */
const RECHECK_MS = 5000;

interface Book {
  list: InvitationList;
  standings: Map<string, Accreditation>;
  /** Names as typed at the join, for the waiting list; a removed participant leaves it. */
  participants: Map<string, ParticipantRecord>;
}

export class Accreditations {
  private readonly books = new Map<string, Book>();
  private readonly loading = new Map<string, Promise<Book>>();
  /** Local changes per workshop: a re-read that overlapped one reads again. */
  private readonly changes = new Map<string, number>();
  private readonly refreshing = new Map<string, Promise<void>>();
  private readonly listeners = new Set<(workshopId: string) => void>();
  /** Ids only: the other instances read the workshop's book again. */
  private readonly announcements: Announcements<{ workshopId: string }>;
  private readonly recheck: NodeJS.Timeout | null;

  constructor(
    private readonly store: Store,
    /** The other instances of the deployment, or null for a single process. */
    channels: SharedChannels | null = null,
    recheckMs = RECHECK_MS,
  ) {
    this.announcements = new Announcements(channels, {
      channel: 'accreditations',
      logAs: 'accreditations',
      heard: ({ workshopId }) => void this.refresh(workshopId, true),
    });
    this.recheck = channels ? setInterval(() => this.recheckAll(), recheckMs).unref() : null;
  }

  /** Resolves once the other instances' announcements are heard. */
  async ready(): Promise<void> {
    await this.announcements.ready();
  }

  async close(): Promise<void> {
    if (this.recheck) clearInterval(this.recheck);
    await this.announcements.close();
  }

  /** Called when another instance's change was read here: the room's state is sent again. */
  onReplaced(listener: (workshopId: string) => void): void {
    this.listeners.add(listener);
  }

  /** Loads a workshop's list and standings (once); must precede the other reads. */
  async load(workshopId: string): Promise<void> {
    if (this.books.has(workshopId)) return;
    let pending = this.loading.get(workshopId);
    if (!pending) {
      pending = this.read(workshopId).then((book) => {
        this.books.set(workshopId, book);
        this.loading.delete(workshopId);
        return book;
      });
      pending.catch(() => this.loading.delete(workshopId));
      this.loading.set(workshopId, pending);
    }
    await pending;
  }

  private async read(workshopId: string): Promise<Book> {
    const [list, standings, participants, removals] = await Promise.all([
      this.store.loadInvitationList(workshopId),
      this.store.listAccreditations(workshopId),
      this.store.listParticipants(workshopId),
      this.store.listRemovals(workshopId),
    ]);
    const removed = new Set(removals.map((r) => r.participantId));
    return {
      list,
      standings: new Map(standings.map((s) => [s.participantId, s])),
      participants: new Map(participants.filter((p) => !removed.has(p.id)).map((p) => [p.id, p])),
    };
  }

  list(workshopId: string): InvitationList {
    return this.books.get(workshopId)?.list ?? { version: 0, organisations: [], delegates: [] };
  }

  inForce(workshopId: string): boolean {
    return accreditationInForce(this.list(workshopId));
  }

  /** A participant's standing; null for one admitted by the join while the list was empty. */
  standing(workshopId: string, participantId: string): Accreditation | null {
    return this.books.get(workshopId)?.standings.get(participantId) ?? null;
  }

  /**
   * What a ballot decides on: the list and the voter's standing. Across instances they are read
   * from the store, since the announcement of an admission or a merge elsewhere may still be on its way.
   */
  async forBallot(workshopId: string, participantId: string): Promise<{ list: InvitationList; standing: Accreditation | null }> {
    if (!this.announcements.shared) return { list: this.list(workshopId), standing: this.standing(workshopId, participantId) };
    const list = await this.store.loadInvitationList(workshopId);
    // Without a list in force the standing decides nothing: no second read.
    if (!accreditationInForce(list)) return { list, standing: null };
    const standings = await this.store.listAccreditations(workshopId);
    return { list, standing: standings.find((s) => s.participantId === participantId) ?? null };
  }

  participant(workshopId: string, participantId: string): ParticipantRecord | null {
    return this.books.get(workshopId)?.participants.get(participantId) ?? null;
  }

  /** After a stored edit or merge of the list. */
  listChanged(workshopId: string, list: InvitationList): void {
    const book = this.books.get(workshopId);
    if (book) book.list = list;
    this.announce(workshopId);
  }

  /** After a stored join; a workshop not loaded reads it from the store when it loads, one loading notes it once loaded. */
  joined(participant: ParticipantRecord, standing: Accreditation | null): void {
    this.announce(participant.workshopId);
    const book = this.books.get(participant.workshopId);
    if (!book) {
      // The load may have read the participants before this join was stored.
      void this.loading.get(participant.workshopId)?.then(() => this.joined(participant, standing), () => undefined);
      return;
    }
    book.participants.set(participant.id, participant);
    if (standing) book.standings.set(participant.id, standing);
  }

  /** After a stored removal: they leave the waiting list. */
  removed(workshopId: string, participantId: string): void {
    this.books.get(workshopId)?.participants.delete(participantId);
    this.announce(workshopId);
  }

  /** After a stored change of standings (an admission, a match, a merge, a removal from the list). */
  standingsChanged(workshopId: string, standings: Accreditation[]): void {
    const book = this.books.get(workshopId);
    if (!book) return;
    for (const standing of standings) book.standings.set(standing.participantId, standing);
    this.announce(workshopId);
  }

  /** Reads the standings again after a store change that moved many (a merge, a removal from the list). */
  async reloadStandings(workshopId: string): Promise<void> {
    const book = this.books.get(workshopId);
    if (!book) return;
    this.noteChange(workshopId);
    book.standings = new Map((await this.store.listAccreditations(workshopId)).map((s) => [s.participantId, s]));
    this.announce(workshopId);
  }

  private noteChange(workshopId: string): void {
    this.changes.set(workshopId, (this.changes.get(workshopId) ?? 0) + 1);
  }

  /**
   * Across instances, reads a loaded workshop's book from the store now, so a decision made on it
   * does not rest on a copy a lost announcement left up to RECHECK_MS behind; alone, the copy is
   * the truth and nothing is read.
   */
  async current(workshopId: string): Promise<void> {
    if (this.announcements.shared) await this.refresh(workshopId, false);
  }

  /** A change stored here: the other instances read the workshop's book again. */
  private announce(workshopId: string): void {
    this.noteChange(workshopId);
    // The change is stored; a lost announcement only delays the others until their re-read.
    this.announcements.announce({ workshopId });
  }

  private recheckAll(): void {
    for (const workshopId of this.books.keys()) void this.refresh(workshopId, false);
  }

  /**
   * Reads a loaded workshop's book again from the store (one re-read at a time per workshop). A
   * change made here while it read may be missing from what it read: it reads again then.
   * `announced`: the listeners hear of it even when nothing differs (the change may already be here).
   */
  private refresh(workshopId: string, announced: boolean): Promise<void> {
    if (!this.books.has(workshopId)) return Promise.resolve();
    const previous = this.refreshing.get(workshopId) ?? Promise.resolve();
    const next = previous.then(async () => {
      let book: Book;
      let before: number;
      do {
        before = this.changes.get(workshopId) ?? 0;
        book = await this.read(workshopId);
      } while ((this.changes.get(workshopId) ?? 0) !== before);
      const old = this.books.get(workshopId);
      if (!old) return;
      const changed = announced || fingerprint(old) !== fingerprint(book);
      this.books.set(workshopId, book);
      if (changed) for (const listener of this.listeners) listener(workshopId);
    });
    const settled = next.catch((error: unknown) => log.warn('accreditations.refresh_failed', { workshopId, error: describeError(error) }));
    this.refreshing.set(workshopId, settled);
    void settled.then(() => {
      if (this.refreshing.get(workshopId) === settled) this.refreshing.delete(workshopId);
    });
    return settled;
  }

  /** The waiting list, oldest first, each with the listed organisation its typed name suggests. */
  waiting(workshopId: string): WaitingEntry[] {
    const book = this.books.get(workshopId);
    if (!book) return [];
    const entries: WaitingEntry[] = [];
    for (const standing of book.standings.values()) {
      const participant = book.participants.get(standing.participantId);
      if (standing.admission !== 'waiting' || !participant) continue;
      const suggested = findListedOrganisation(book.list, participant.organisation);
      entries.push({
        participantId: participant.id,
        name: participant.name,
        organisation: participant.organisation,
        joinedAt: participant.createdAt,
        suggestedOrganisationId: suggested?.id ?? null,
      });
    }
    return entries.sort((a, b) => a.joinedAt - b.joinedAt || a.participantId.localeCompare(b.participantId));
  }

  /** What a role sees of it: the count for everyone, the names and the list for those who run the room. */
  view(workshopId: string, roster: boolean): AccreditationView {
    const waiting = this.waiting(workshopId);
    return {
      inForce: this.inForce(workshopId),
      waitingCount: waiting.length,
      waiting: roster ? waiting : [],
      list: roster ? this.list(workshopId) : null,
    };
  }
}

/** What a book holds, to tell whether a periodic re-read found anything new. */
function fingerprint(book: Book): string {
  return JSON.stringify([book.list, [...book.standings.values()], [...book.participants.keys()]]);
}
