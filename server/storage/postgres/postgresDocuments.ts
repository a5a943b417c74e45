/**
 * Yjs documents in PostgreSQL: an append-only log of updates numbered by a BIGSERIAL, and one
 * snapshot per document that compaction writes in place of the updates it covers.
 *
 * Sequence numbers are given out at insert and become visible at commit, so two transactions
 * appending to ONE document at once could commit out of order. Each document's appends come
 * from its one Room, which stores one batch at a time; a scale-out with several writers per
 * document would need a per-document lock here.
 */
import type { Pool } from 'pg';
import { checkSnapshotCovers } from '../snapshotCheck.js';
import type { StoredDocument } from '../Store.js';
import { inTransaction, query } from './postgresConnection.js';

/** Appends, loads and compacts documents; each method is one statement or one transaction. */
export class PostgresDocuments {
  constructor(private readonly pool: Pool) {}

  /**
   * One statement, so one implicit transaction and one round trip on the hottest path. The
   * ORDER BY on the array's ordinality makes the sequence numbers follow the batch's order.
   */
  async append(documentName: string, updates: Uint8Array[]): Promise<number> {
    if (updates.length === 0) return 0;
    const { rows } = await query<{ seq: number }>(
      this.pool,
      `INSERT INTO document_updates (document, data)
       SELECT $1, u.data FROM unnest($2::bytea[]) WITH ORDINALITY AS u(data, n) ORDER BY u.n
       RETURNING seq`,
      [documentName, updates],
    );
    return rows.reduce((last, row) => Math.max(last, row.seq), 0);
  }

  /** Snapshot and updates read in one REPEATABLE READ transaction: one consistent view across a concurrent compaction. */
  async load(documentName: string): Promise<StoredDocument> {
    return inTransaction(
      this.pool,
      async (client) => {
        const snapshot = await query<{ data: Buffer; up_to_seq: number }>(
          client,
          'SELECT data, up_to_seq FROM document_snapshots WHERE document = $1',
          [documentName],
        );
        const after = snapshot.rows[0]?.up_to_seq ?? 0;
        const updates = await query<{ seq: number; data: Buffer }>(
          client,
          'SELECT seq, data FROM document_updates WHERE document = $1 AND seq > $2 ORDER BY seq',
          [documentName, after],
        );
        return {
          snapshot: snapshot.rows[0] ? new Uint8Array(snapshot.rows[0].data) : null,
          updates: updates.rows.map((row) => ({ seq: row.seq, data: new Uint8Array(row.data) })),
          lastSeq: updates.rows.at(-1)?.seq ?? after,
        };
      },
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  }

  /** The snapshot is checked against what it replaces (snapshotCheck.ts) before anything is deleted. */
  async compact(documentName: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      // Locks the snapshot's row, so a compaction running at once waits to check against this one.
      const previous = await query<{ data: Buffer }>(client, 'SELECT data FROM document_snapshots WHERE document = $1 FOR UPDATE', [documentName]);
      const updates = await query<{ data: Buffer }>(client, 'SELECT data FROM document_updates WHERE document = $1 AND seq <= $2', [
        documentName,
        upToSeq,
      ]);
      checkSnapshotCovers(documentName, snapshot, [...previous.rows, ...updates.rows].map((row) => row.data));
      await query(
        client,
        `INSERT INTO document_snapshots (document, data, up_to_seq) VALUES ($1, $2, $3)
         ON CONFLICT (document) DO UPDATE SET data = excluded.data, up_to_seq = excluded.up_to_seq`,
        [documentName, snapshot, upToSeq],
      );
      await query(client, 'DELETE FROM document_updates WHERE document = $1 AND seq <= $2', [documentName, upToSeq]);
    });
  }

  async quarantine(documentName: string, seq: number, reason: string): Promise<void> {
    await query(
      this.pool,
      `WITH moved AS (DELETE FROM document_updates WHERE document = $1 AND seq = $2 RETURNING document, seq, data)
       INSERT INTO document_quarantine (document, seq, data, reason, quarantined_at)
       SELECT document, seq, data, $3, $4 FROM moved
       ON CONFLICT DO NOTHING`,
      [documentName, seq, reason, Date.now()],
    );
  }
}
