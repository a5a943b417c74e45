/**
 * The control records of instances that share PostgreSQL and Redis. PostgreSQL holds the truth:
 * a change edits the stored record under its row lock (`SharedControlStore.changeControl`), never
 * this instance's copy, which may be behind. After the commit the other instances are told the
 * new version and reload it before the command is answered (`ControlReplication`); a notice lost
 * on the way is made up for by comparing every loaded record's version with the store's, in one
 * query, every few seconds.
 */
import type { AuditEntry, ControlRecord } from '../../shared/events.js';
import { describeError, log } from '../logger.js';
import type { ControlReplication } from '../scaleOut/ControlReplication.js';
import type { SharedControlStore, Store } from '../storage/Store.js';
import { type ControlChangeEdit, ControlStates, initialRecord, withDefaults } from './ControlStates.js';

/** How often loaded records are compared with the store, in case a notice was lost. */
export const CONTROL_RECHECK_MS = 2000;

export class SharedControlStates extends ControlStates {
  /** The stored version each record in memory was read or written at. */
  private readonly versions = new WeakMap<ControlRecord, number>();
  private readonly recheck: NodeJS.Timeout;
  private rechecking = false;

  constructor(
    store: Store,
    private readonly shared: SharedControlStore,
    private readonly replication: ControlReplication,
    recheckMs = CONTROL_RECHECK_MS,
  ) {
    super(store);
    this.recheck = setInterval(() => void this.compareVersions(), recheckMs);
    this.recheck.unref();
  }

  /** Starts hearing other instances' changes; before the server serves anyone. */
  start(): Promise<void> {
    return this.replication.start((workshopId, version) => this.catchUp(workshopId, version));
  }

  override async close(): Promise<void> {
    clearInterval(this.recheck);
    await this.replication.stop();
  }

  /** The stored version of the record in memory; 0 when none is loaded. */
  version(workshopId: string): number {
    const record = this.records.get(workshopId);
    return record ? (this.versions.get(record) ?? 0) : 0;
  }

  protected override async fetch(workshopId: string): Promise<ControlRecord> {
    const stored = (await this.shared.loadControl(workshopId)) ?? (await this.shared.createControl(workshopId, initialRecord()));
    const record = withDefaults(stored.record);
    this.versions.set(record, stored.version);
    return record;
  }

  /**
   * Edits the stored record in a transaction that holds its row lock, then makes it current here
   * and waits until every other live instance holds it too. A throwing edit stores nothing.
   */
  override async change<T>(workshopId: string, edit: ControlChangeEdit<T>): Promise<{ result: T; entry: AuditEntry; record: ControlRecord }> {
    await this.load(workshopId);
    const changed = await this.shared.changeControl(workshopId, (stored) => {
      const draft = stored ? withDefaults(stored) : initialRecord();
      const { result, audit } = edit(draft);
      return { record: draft, audit, result };
    });
    this.adopt(workshopId, changed.record, changed.version);
    await this.replication.announce(workshopId, changed.version);
    return { result: changed.result, entry: changed.entry, record: changed.record };
  }

  /** Brings a loaded record up to at least `version` (one not loaded is read fresh when it is). */
  private async catchUp(workshopId: string, version: number): Promise<void> {
    if (!this.records.has(workshopId) && !this.loading.has(workshopId)) return;
    // A load under way may have read the store before that version was committed.
    await this.load(workshopId);
    if (this.version(workshopId) < version) await this.reload(workshopId);
  }

  private async reload(workshopId: string): Promise<void> {
    const stored = await this.shared.loadControl(workshopId);
    if (stored && this.adopt(workshopId, withDefaults(stored.record), stored.version)) this.replaced(workshopId);
  }

  /** Makes the record current unless this instance already holds a newer one (reads and commits may return out of order). */
  private adopt(workshopId: string, record: ControlRecord, version: number): boolean {
    if (version <= this.version(workshopId)) return false;
    this.versions.set(record, version);
    this.records.set(workshopId, record);
    return true;
  }

  private async compareVersions(): Promise<void> {
    if (this.rechecking || this.records.size === 0) return;
    this.rechecking = true;
    try {
      const stored = await this.shared.controlVersions([...this.records.keys()]);
      const behind = [...stored].filter(([workshopId, version]) => version > this.version(workshopId));
      for (const [workshopId] of behind) log.warn('control.copy_behind', { workshopId, version: this.version(workshopId) });
      await Promise.all(behind.map(([workshopId]) => this.reload(workshopId)));
    } catch (error) {
      log.error('control.recheck_failed', { error: describeError(error) });
    } finally {
      this.rechecking = false;
    }
  }
}
