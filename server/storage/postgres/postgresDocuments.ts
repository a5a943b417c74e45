/**
 * Yjs documents in PostgreSQL: a log of updates numbered per document, and one snapshot per
 * document that compaction writes in place of the updates it covers.
 *
 * Sequence numbers come from the document's head row (`document_heads`), which an append
 * upserts and so holds locked until it commits: appends to one document, from any number of
 * instances, take turns, and their numbers follow one another without gaps in commit order.
 * An instance that sees a number skip knows that updates are missing, and reads them here.
 */
import type { Pool } from 'pg';
import { checkSnapshotCovers } from '../snapshotCheck.js';
import type { StoredDocument } from '../Store.js';
import { inTransaction, query, type Queryable } from './postgresConnection.js';

/**
 * Appends `updates` in batch order, numbered after the document's head, in one statement (one
 * implicit transaction, one round trip on the hottest path). Returns the last number.
 */
export async function appendDocumentUpdates(db: Queryable, documentName: string, updates: Uint8Array[]): Promise<number> {
  if (updates.length === 0) return 0;
  const { rows } = await query<{ seq: number }>(
    db,
    `WITH head AS (
       INSERT INTO document_heads (document, seq) VALUES ($1, $3)
       ON CONFLICT (document) DO UPDATE SET seq = document_heads.seq + excluded.seq
       RETURNING seq
     )
     INSERT INTO document_updates (document, seq, data)
     SELECT $1, head.seq - $3 + u.n, u.data FROM head, unnest($2::bytea[]) WITH ORDINALITY AS u(data, n)
     RETURNING seq`,
    [documentName, updates, updates.length],
  );
  return rows.reduce((last, row) => Math.max(last, row.seq), 0);
}

/** Appends, loads and compacts documents; each method is one statement or one transaction. */
export class PostgresDocuments {
  constructor(private readonly pool: Pool) {}

  append(documentName: string, updates: Uint8Array[]): Promise<number> {
    return appendDocumentUpdates(this.pool, documentName, updates);
  }

  /**
   * Snapshot and updates read in one REPEATABLE READ transaction: one consistent view across a
   * concurrent compaction. With `after`, only what a document holding every update up to it
   * lacks: the updates after it, or the snapshot and the updates after the snapshot when a
   * compaction already folded some of those in.
   */
  async load(documentName: string, after = -1): Promise<StoredDocument> {
    return inTransaction(
      this.pool,
      async (client) => {
        const snapshot = await query<{ data: Buffer; up_to_seq: number }>(
          client,
          'SELECT data, up_to_seq FROM document_snapshots WHERE document = $1 AND up_to_seq > $2',
          [documentName, after],
        );
        const from = Math.max(after, snapshot.rows[0]?.up_to_seq ?? 0);
        const updates = await query<{ seq: number; data: Buffer }>(
          client,
          'SELECT seq, data FROM document_updates WHERE document = $1 AND seq > $2 ORDER BY seq',
          [documentName, from],
        );
        return {
          snapshot: snapshot.rows[0] ? new Uint8Array(snapshot.rows[0].data) : null,
          updates: updates.rows.map((row) => ({ seq: row.seq, data: new Uint8Array(row.data) })),
          lastSeq: updates.rows.at(-1)?.seq ?? Math.max(from, 0),
        };
      },
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  }

  /** Each document's last sequence number, for those of `documentNames` that have one: one query for every loaded room. */
  async heads(documentNames: string[]): Promise<Map<string, number>> {
    const { rows } = await query<{ document: string; seq: number }>(this.pool, 'SELECT document, seq FROM document_heads WHERE document = ANY($1)', [
      documentNames,
    ]);
    return new Map(rows.map((row) => [row.document, row.seq]));
  }

  /**
   * The snapshot is checked against what it replaces (snapshotCheck.ts) before anything is
   * deleted. Two instances may compact one document at once, each up to what it holds: they take
   * turns on the document's advisory lock, an older snapshot never replaces a newer one, and
   * updates are deleted only up to the snapshot that is stored, so none is lost.
   */
  async compact(documentName: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await query(client, `SELECT pg_advisory_xact_lock(hashtext('convene.document'), hashtext($1))`, [documentName]);
      const previous = await query<{ data: Buffer; up_to_seq: number }>(client, 'SELECT data, up_to_seq FROM document_snapshots WHERE document = $1', [
        documentName,
      ]);
      // Another instance stored a snapshot at least as new: it covers ours already.
      if ((previous.rows[0]?.up_to_seq ?? 0) >= upToSeq) return;
      const updates = await query<{ data: Buffer }>(client, 'SELECT data FROM document_updates WHERE document = $1 AND seq <= $2', [
        documentName,
        upToSeq,
      ]);
      checkSnapshotCovers(documentName, snapshot, [...previous.rows, ...updates.rows].map((row) => row.data));
      await query(
        client,
        `INSERT INTO document_snapshots (document, data, up_to_seq) VALUES ($1, $2, $3)
         ON CONFLICT (document) DO UPDATE SET data = excluded.data, up_to_seq = excluded.up_to_seq
         WHERE document_snapshots.up_to_seq < excluded.up_to_seq`,
        [documentName, snapshot, upToSeq],
      );
      await query(
        client,
        'DELETE FROM document_updates WHERE document = $1 AND seq <= (SELECT up_to_seq FROM document_snapshots WHERE document = $1)',
        [documentName],
      );
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
