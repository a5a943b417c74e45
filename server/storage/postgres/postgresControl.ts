/**
 * The control record shared by instances: every change locks the record's row, reads what is
 * stored (never an instance's copy, which may be behind), and stores the edit at the next version
 * with its audit entry, in one transaction.
 */
import type { Pool, PoolClient } from 'pg';
import type { ControlRecord } from '../../../shared/events.js';
import type { ControlChanged, ControlEdit, SharedControlStore, VersionedControl } from '../Store.js';
import { insertAudit } from './postgresAudit.js';
import { inTransaction, query } from './postgresConnection.js';

export class PostgresControl implements SharedControlStore {
  constructor(private readonly pool: Pool) {}

  async loadControl(workshopId: string): Promise<VersionedControl | null> {
    const { rows } = await query<VersionedControl>(this.pool, 'SELECT record, version FROM workshop_control WHERE workshop_id = $1', [workshopId]);
    return rows[0] ?? null;
  }

  async createControl(workshopId: string, initial: ControlRecord): Promise<VersionedControl> {
    await query(this.pool, 'INSERT INTO workshop_control (workshop_id, record, version) VALUES ($1, $2, 0) ON CONFLICT (workshop_id) DO NOTHING', [
      workshopId,
      JSON.stringify(initial),
    ]);
    const stored = await this.loadControl(workshopId);
    if (!stored) throw new Error(`the control record of ${workshopId} was neither stored nor found`);
    return stored;
  }

  async changeControl<T>(workshopId: string, edit: (stored: ControlRecord | null) => ControlEdit<T>): Promise<ControlChanged<T>> {
    for (;;) {
      const changed = await inTransaction(this.pool, (client) => this.changeLocked(client, workshopId, edit));
      if (changed) return changed;
    }
  }

  async controlVersions(workshopIds: string[]): Promise<Map<string, number>> {
    if (workshopIds.length === 0) return new Map();
    const { rows } = await query<{ workshop_id: string; version: number }>(
      this.pool,
      'SELECT workshop_id, version FROM workshop_control WHERE workshop_id = ANY($1)',
      [workshopIds],
    );
    return new Map(rows.map((row) => [row.workshop_id, row.version]));
  }

  /** Null when the record did not exist and another instance created it meanwhile: the caller runs the edit again on theirs. */
  private async changeLocked<T>(client: PoolClient, workshopId: string, edit: (stored: ControlRecord | null) => ControlEdit<T>): Promise<ControlChanged<T> | null> {
    const { rows } = await query<VersionedControl>(client, 'SELECT record, version FROM workshop_control WHERE workshop_id = $1 FOR UPDATE', [workshopId]);
    const stored = rows[0] ?? null;
    const { record, audit, result } = edit(stored?.record ?? null);
    const version = (stored?.version ?? 0) + 1;
    if (stored) {
      await query(client, 'UPDATE workshop_control SET record = $2, version = $3 WHERE workshop_id = $1', [workshopId, JSON.stringify(record), version]);
    } else {
      // No row to lock yet (a workshop from before records were stored at creation): the first insert wins.
      const inserted = await query(
        client,
        'INSERT INTO workshop_control (workshop_id, record, version) VALUES ($1, $2, $3) ON CONFLICT (workshop_id) DO NOTHING',
        [workshopId, JSON.stringify(record), version],
      );
      if (inserted.rowCount === 0) return null;
    }
    const entry = await insertAudit(client, workshopId, audit);
    return { record, version, entry, result };
  }
}
