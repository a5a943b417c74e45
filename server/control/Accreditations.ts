/**
 * Each workshop's invitation list and participants' standing on it, loaded from the store once
 * and kept in memory beside the control record: the state, the ballot and the quorum read it on
 * every change, so none of them asks the store. Only what has been stored is put here.
 */
import {
  type Accreditation,
  accreditationInForce,
  findListedOrganisation,
  type InvitationList,
} from '../../shared/accreditation.js';
import type { AccreditationView, WaitingEntry } from '../../shared/events.js';
import type { ParticipantRecord, Store } from '../storage/Store.js';

interface Book {
  list: InvitationList;
  standings: Map<string, Accreditation>;
  /** Names as typed at the join, for the waiting list; a removed participant leaves it. */
  participants: Map<string, ParticipantRecord>;
}

export class Accreditations {
  private readonly books = new Map<string, Book>();
  private readonly loading = new Map<string, Promise<Book>>();

  constructor(private readonly store: Store) {}

  /** Loads a workshop's list and standings (once); must precede the other reads. */
  async load(workshopId: string): Promise<void> {
    if (this.books.has(workshopId)) return;
    let pending = this.loading.get(workshopId);
    if (!pending) {
      pending = Promise.all([
        this.store.loadInvitationList(workshopId),
        this.store.listAccreditations(workshopId),
        this.store.listParticipants(workshopId),
        this.store.listRemovals(workshopId),
      ]).then(([list, standings, participants, removals]) => {
        const removed = new Set(removals.map((r) => r.participantId));
        const book: Book = {
          list,
          standings: new Map(standings.map((s) => [s.participantId, s])),
          participants: new Map(participants.filter((p) => !removed.has(p.id)).map((p) => [p.id, p])),
        };
        this.books.set(workshopId, book);
        this.loading.delete(workshopId);
        return book;
      });
      pending.catch(() => this.loading.delete(workshopId));
      this.loading.set(workshopId, pending);
    }
    await pending;
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

  participant(workshopId: string, participantId: string): ParticipantRecord | null {
    return this.books.get(workshopId)?.participants.get(participantId) ?? null;
  }

  /** After a stored edit or merge of the list. */
  listChanged(workshopId: string, list: InvitationList): void {
    const book = this.books.get(workshopId);
    if (book) book.list = list;
  }

  /** After a stored join; a workshop not loaded reads it from the store when it loads, one loading notes it once loaded. */
  joined(participant: ParticipantRecord, standing: Accreditation | null): void {
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
  }

  /** After a stored change of standings (an admission, a match, a merge, a removal from the list). */
  standingsChanged(workshopId: string, standings: Accreditation[]): void {
    const book = this.books.get(workshopId);
    if (!book) return;
    for (const standing of standings) book.standings.set(standing.participantId, standing);
  }

  /** Reads the standings again after a store change that moved many (a merge, a removal from the list). */
  async reloadStandings(workshopId: string): Promise<void> {
    const book = this.books.get(workshopId);
    if (!book) return;
    book.standings = new Map((await this.store.listAccreditations(workshopId)).map((s) => [s.participantId, s]));
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
