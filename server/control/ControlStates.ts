/**
 * The control record of each workshop: loaded from the store once, kept in memory, changed only
 * through `change`, which runs one command at a time per workshop and stores the new record and
 * its audit entry together before anyone sees the change.
 */
import { defaultAgenda } from '../../shared/agendaTemplate.js';
import { noAmendments } from '../../shared/amendments.js';
import type { AuditEntry, ControlRecord } from '../../shared/events.js';
import { SECTIONS, type Section } from '../../shared/sections.js';
import type { WorkshopLanguage } from '../../shared/workshopLanguage.js';
import { newId } from '../auth/secrets.js';
import type { Store } from '../storage/Store.js';

/** A new workshop's record: the default agenda in its language, nothing started, nothing locked. */
export function initialRecord(language: WorkshopLanguage = 'en'): ControlRecord {
  return {
    agenda: defaultAgenda(newId, language),
    currentSessionId: null,
    timer: { durationMs: 0, endsAt: null, remainingMs: 0 },
    locks: Object.fromEntries(SECTIONS.map((section) => [section, false])) as Record<Section, boolean>,
    spotlight: null,
    hands: [],
    returningOrganisations: [],
    charter: { frozen: false, adoptionVoteId: null, adopted: null, signatories: [] },
    amendments: noAmendments(),
    priorities: {},
    language,
    projector: { resultsFrom: 0, joinCodeLarge: false },
    entryMode: 'open',
    dialogue: null,
  };
}

/** A record stored before a field existed gets that field's initial value. */
export function withDefaults(stored: ControlRecord): ControlRecord {
  const initial = initialRecord();
  return {
    ...stored,
    charter: stored.charter ?? initial.charter,
    amendments: stored.amendments ?? initial.amendments,
    priorities: stored.priorities ?? initial.priorities,
    language: stored.language ?? initial.language,
    projector: stored.projector ?? initial.projector,
    entryMode: stored.entryMode ?? initial.entryMode,
    locks: { ...initial.locks, ...stored.locks },
    dialogue: stored.dialogue ?? null,
  };
}

/** The edit of one command: changes the draft, returns the answer and the audit line; throws to refuse. */
export type ControlChangeEdit<T> = (draft: ControlRecord) => { result: T; audit: Omit<AuditEntry, 'id'> };

export class ControlStates {
  protected readonly records = new Map<string, ControlRecord>();
  protected readonly loading = new Map<string, Promise<ControlRecord>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly replacedListeners = new Set<(workshopId: string) => void>();

  constructor(private readonly store: Store) {}

  /** Hears of a record replaced by a change made elsewhere (another instance); never in a single process. */
  onReplaced(listener: (workshopId: string) => void): void {
    this.replacedListeners.add(listener);
  }

  protected replaced(workshopId: string): void {
    for (const listener of this.replacedListeners) listener(workshopId);
  }

  /** Stops what runs in the background; nothing does in a single process. */
  async close(): Promise<void> {}

  /** Loads a workshop's record (once); must precede `get`. */
  load(workshopId: string): Promise<ControlRecord> {
    const cached = this.records.get(workshopId);
    if (cached) return Promise.resolve(cached);
    let pending = this.loading.get(workshopId);
    if (!pending) {
      pending = this.fetch(workshopId).then((record) => {
        this.records.set(workshopId, record);
        this.loading.delete(workshopId);
        return record;
      });
      pending.catch(() => this.loading.delete(workshopId));
      this.loading.set(workshopId, pending);
    }
    return pending;
  }

  /** Reads the record from the store, a new workshop's when none is stored. */
  protected async fetch(workshopId: string): Promise<ControlRecord> {
    const stored = await this.store.loadControl(workshopId);
    return stored ? withDefaults(stored) : initialRecord();
  }

  /** The workshops whose record is in memory: those someone here is connected to. */
  loadedWorkshops(): string[] {
    return [...this.records.keys()];
  }

  /** The loaded record; null when `load` has not completed. */
  get(workshopId: string): ControlRecord | null {
    return this.records.get(workshopId) ?? null;
  }

  /** Whether a section refuses participants' writes (locked, or the charter in amendment mode); the Yjs endpoint loads the record before admitting anyone. */
  isLocked(workshopId: string, section: Section): boolean {
    const record = this.records.get(workshopId);
    if (!record) return false;
    return record.locks[section] || (section === 'charter' && record.amendments.mode);
  }

  /** Whether a section is frozen for everyone: the charter while it is put to the vote, and once adopted. */
  isFrozen(workshopId: string, section: Section): boolean {
    return section === 'charter' && (this.records.get(workshopId)?.charter.frozen ?? false);
  }

  /** Whether the workshop is a dialogue day (`shared/dialogue.ts`); loaded, like the locks, before anyone is admitted. */
  isDialogue(workshopId: string): boolean {
    return Boolean(this.records.get(workshopId)?.dialogue);
  }

  /**
   * Applies `edit` to a copy of the record, stores the copy with its audit entry, and only then
   * makes it current. A throwing edit or a failed store leaves the record as it was.
   */
  change<T>(workshopId: string, edit: ControlChangeEdit<T>): Promise<{ result: T; entry: AuditEntry; record: ControlRecord }> {
    const previous = this.queues.get(workshopId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const draft = structuredClone(await this.load(workshopId));
      const { result, audit } = edit(draft);
      const entry = await this.store.saveControl(workshopId, draft, audit);
      this.records.set(workshopId, draft);
      return { result, entry, record: draft };
    });
    const settled = next.catch(() => undefined);
    this.queues.set(workshopId, settled);
    void settled.then(() => {
      if (this.queues.get(workshopId) === settled) this.queues.delete(workshopId);
    });
    return next;
  }
}
