/**
 * The PostgreSQL schema as numbered migrations. Each runs once, in order, in the transaction
 * that records it in `schema_migrations`, so a database is always at one known version; two
 * servers starting at once take turns on an advisory lock. A database migrated by a newer
 * server is refused rather than written with an older idea of its tables.
 *
 * To change the schema, append a migration; never edit one that has shipped. Migration 1 keeps
 * `IF NOT EXISTS`, so databases created before migrations existed adopt it unchanged.
 */
import type { Pool, PoolClient } from 'pg';
import { inTransaction } from './postgresConnection.js';
import { ENTRY_TABLES } from './postgresEntry.js';
import { POSTGRES_SCHEMA } from './postgresSchema.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial tables', sql: POSTGRES_SCHEMA },
  {
    version: 2,
    name: 'participant removals',
    // Participants the facilitator removed: their tokens are deleted, their rows and writing stay.
    sql: `CREATE TABLE participant_removals (
      participant_id TEXT PRIMARY KEY REFERENCES participants(id),
      workshop_id TEXT NOT NULL REFERENCES workshops(id),
      removed_at BIGINT NOT NULL
    )`,
  },
  {
    version: 3,
    name: 'implementation assessments',
    // Implementation tracking: assessments are appended, never edited; the latest per target is its rating.
    sql: `CREATE TABLE assessments (
      seq BIGSERIAL PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      workshop_id TEXT NOT NULL REFERENCES workshops(id),
      target_kind TEXT NOT NULL CHECK (target_kind IN ('recommendation', 'planRow')),
      target_id TEXT NOT NULL,
      rating TEXT NOT NULL CHECK (rating IN ('fully', 'partially', 'not', 'unknown')),
      evidence TEXT NOT NULL,
      source TEXT NOT NULL CHECK (length(trim(source)) > 0),
      next_cycle TEXT NOT NULL,
      assessed_on TEXT NOT NULL,
      author_participant_id TEXT,
      author_name TEXT NOT NULL,
      author_organisation TEXT,
      recorded_at BIGINT NOT NULL
    );
    CREATE INDEX assessments_by_workshop ON assessments (workshop_id, seq)`,
  },
  {
    version: 4,
    name: 'per-document sequence numbers',
    // Each document's head row holds its last sequence number; an append locks it until commit,
    // so instances sharing the schema number a document's updates without gaps, in commit order.
    // Existing numbers stay (they already rise within each document); new ones continue from them.
    sql: `CREATE TABLE document_heads (
      document TEXT PRIMARY KEY,
      seq BIGINT NOT NULL
    );
    INSERT INTO document_heads (document, seq)
      SELECT document, max(seq) FROM (
        SELECT document, seq FROM document_updates
        UNION ALL SELECT document, up_to_seq FROM document_snapshots
        UNION ALL SELECT document, seq FROM document_quarantine
      ) AS numbered GROUP BY document;
    ALTER TABLE document_updates ALTER COLUMN seq DROP DEFAULT;
    DROP SEQUENCE document_updates_seq_seq;
    ALTER TABLE document_updates DROP CONSTRAINT document_updates_pkey, ADD PRIMARY KEY (document, seq);
    DROP INDEX document_updates_by_document`,
  },
  {
    version: 5,
    name: 'control record versions',
    // Instances sharing the schema compare versions to know whose copy of the record is behind.
    sql: `ALTER TABLE workshop_control ADD COLUMN version BIGINT NOT NULL DEFAULT 0`,
  },
  {
    version: 6,
    name: 'invitation list and accreditation',
    // The invitation list (shared/accreditation.ts) and each participant's standing on it; a
    // participant without a row was admitted by the join and is unlisted.
    sql: `CREATE TABLE invitation_lists (
      workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
      version INTEGER NOT NULL
    );
    CREATE TABLE listed_organisations (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id),
      name TEXT NOT NULL,
      aliases JSON NOT NULL,
      returning_member BOOLEAN NOT NULL
    );
    CREATE INDEX listed_organisations_by_workshop ON listed_organisations (workshop_id);
    CREATE TABLE listed_delegates (
      id TEXT PRIMARY KEY,
      workshop_id TEXT NOT NULL REFERENCES workshops(id),
      organisation_id TEXT NOT NULL REFERENCES listed_organisations(id),
      name TEXT NOT NULL,
      contact TEXT,
      ballot_holder BOOLEAN NOT NULL
    );
    CREATE INDEX listed_delegates_by_workshop ON listed_delegates (workshop_id);
    CREATE TABLE participant_accreditations (
      participant_id TEXT PRIMARY KEY REFERENCES participants(id),
      workshop_id TEXT NOT NULL REFERENCES workshops(id),
      organisation_id TEXT REFERENCES listed_organisations(id),
      delegate_id TEXT REFERENCES listed_delegates(id),
      admission TEXT NOT NULL CHECK (admission IN ('waiting', 'admitted')),
      admitted_at BIGINT
    )`,
  },
  // Personal invitation links (their hashes) and when each participant was last seen connected.
  { version: 7, name: 'invitation links and last seen', sql: ENTRY_TABLES },
  {
    version: 8,
    name: 'participant layers',
    // The stakeholder layer of a dialogue day (shared/dialogue.ts); everyone else is a CSO delegate.
    sql: `ALTER TABLE participants
      ADD COLUMN layer TEXT NOT NULL DEFAULT 'cso' CHECK (layer IN ('cso', 'government', 'un', 'nhrc')),
      ADD COLUMN layer_body TEXT`,
  },
  {
    version: 9,
    name: 'invitation list keyed per workshop',
    // Listed organisations' and delegates' ids (and personal links) are keys within a workshop:
    // two workshops may hold the same list (a record restored twice, a dialogue day continuing
    // its origin's list). Ids were unique across workshops until now, so every row keeps its key.
    sql: `ALTER TABLE participant_accreditations
      DROP CONSTRAINT participant_accreditations_organisation_id_fkey,
      DROP CONSTRAINT participant_accreditations_delegate_id_fkey;
    ALTER TABLE listed_delegates DROP CONSTRAINT listed_delegates_organisation_id_fkey;
    ALTER TABLE listed_organisations DROP CONSTRAINT listed_organisations_pkey, ADD PRIMARY KEY (workshop_id, id);
    ALTER TABLE listed_delegates DROP CONSTRAINT listed_delegates_pkey, ADD PRIMARY KEY (workshop_id, id),
      ADD FOREIGN KEY (workshop_id, organisation_id) REFERENCES listed_organisations (workshop_id, id);
    ALTER TABLE participant_accreditations
      ADD FOREIGN KEY (workshop_id, organisation_id) REFERENCES listed_organisations (workshop_id, id),
      ADD FOREIGN KEY (workshop_id, delegate_id) REFERENCES listed_delegates (workshop_id, id);
    ALTER TABLE invitation_links DROP CONSTRAINT invitation_links_pkey, ADD PRIMARY KEY (workshop_id, delegate_id);
    DROP INDEX listed_organisations_by_workshop;
    DROP INDEX listed_delegates_by_workshop;
    DROP INDEX invitation_links_by_workshop`,
  },
  {
    version: 10,
    name: 'tracking settings',
    // The mid-term report's word limit, one choice per workshop; no row is a joint submission.
    sql: `CREATE TABLE tracking_settings (
      workshop_id TEXT PRIMARY KEY REFERENCES workshops(id),
      submission TEXT NOT NULL CHECK (submission IN ('joint', 'single'))
    )`,
  },
];

/** Brings the schema to the newest migration; resolves to the versions applied now (none when it was current). */
export async function migrate(pool: Pool, schema: string | null, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('convene.schema'))`);
    // The name was checked to be a plain identifier (parseTarget), so quoting it is enough.
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`);
    const current = await currentVersion(client);
    const newest = migrations.at(-1)?.version ?? 0;
    if (current > newest) {
      throw new Error(`the database's schema is at version ${current}, newer than this server knows (${newest}): run the newer server, or restore a backup taken before it migrated`);
    }
    const pending = migrations.filter((migration) => migration.version > current);
    for (const migration of pending) {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.name, Date.now()]);
    }
    return pending.map((migration) => migration.version);
  });
}

async function currentVersion(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return rows[0]?.version ?? 0;
}
