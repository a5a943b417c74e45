import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchemas, freshSchemaName, requirePostgres, TEST_DATABASE_URL } from '../../../tests/support/postgres.js';
import { createPool, parseTarget } from './postgresConnection.js';
import { PostgresDocuments } from './postgresDocuments.js';
import { MIGRATIONS, migrate, type Migration } from './postgresMigrations.js';
import { POSTGRES_SCHEMA } from './postgresSchema.js';

const schemas: string[] = [];
const pools: pg.Pool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await dropSchemas(schemas);
});

async function freshPool(): Promise<{ pool: pg.Pool; schema: string }> {
  await requirePostgres();
  const schema = freshSchemaName();
  schemas.push(schema);
  const pool = createPool(parseTarget(TEST_DATABASE_URL, { schema }), 2);
  pools.push(pool);
  return { pool, schema };
}

const versions = async (pool: pg.Pool) => (await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((row) => row.version);

describe('PostgreSQL migrations', () => {
  it('applies every migration once, in order, and nothing on the next start', async () => {
    const { pool, schema } = await freshPool();
    const next: Migration = { version: MIGRATIONS.length + 1, name: 'a test column', sql: 'ALTER TABLE workshops ADD COLUMN test_note TEXT' };
    expect(await migrate(pool, schema)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(pool, schema, [...MIGRATIONS, next])).toEqual([next.version]);
    expect(await migrate(pool, schema, [...MIGRATIONS, next])).toEqual([]);
    expect(await versions(pool)).toEqual([...MIGRATIONS.map((m) => m.version), next.version]);
  });

  it('two servers starting at once: one applies, the other finds the schema current', async () => {
    const { pool, schema } = await freshPool();
    const other = createPool(parseTarget(TEST_DATABASE_URL, { schema }), 2);
    pools.push(other);
    const applied = await Promise.all([migrate(pool, schema), migrate(other, schema)]);
    expect(applied.flat().sort((a, b) => a - b)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('adopts a database created before migrations existed, keeping its rows', async () => {
    const { pool, schema } = await freshPool();
    await pool.query(`CREATE SCHEMA "${schema}"`);
    await pool.query(POSTGRES_SCHEMA);
    await pool.query(`INSERT INTO workshops (id, title, join_code, created_at) VALUES ('w1', 'Kept', 'ABCDEF', 1)`);
    expect(await migrate(pool, schema)).toEqual(MIGRATIONS.map((m) => m.version));
    expect((await pool.query('SELECT title FROM workshops')).rows).toEqual([{ title: 'Kept' }]);
  });

  it('numbers each document on from its old numbers when it moves to per-document sequences', async () => {
    const sequences = MIGRATIONS.find((m) => m.name === 'per-document sequence numbers')!.version;
    const { pool, schema } = await freshPool();
    await migrate(pool, schema, MIGRATIONS.filter((m) => m.version < sequences));
    const documents = new PostgresDocuments(pool);
    // One sequence for every document before: plan gets 1 and 3, strategy 2 (compacted), then 4 quarantined.
    for (const name of ['w1/plan', 'w1/strategy', 'w1/plan', 'w1/strategy']) {
      await pool.query('INSERT INTO document_updates (document, data) VALUES ($1, $2)', [name, Buffer.from(name)]);
    }
    await pool.query(`INSERT INTO document_snapshots (document, data, up_to_seq) VALUES ('w1/strategy', '\\x00', 2)`);
    await pool.query(`DELETE FROM document_updates WHERE seq = 2`);
    await pool.query(`WITH moved AS (DELETE FROM document_updates WHERE seq = 4 RETURNING document, seq, data)
      INSERT INTO document_quarantine SELECT document, seq, data, 'test', 0 FROM moved`);
    expect(await migrate(pool, schema)).toEqual(MIGRATIONS.filter((m) => m.version >= sequences).map((m) => m.version));

    expect((await documents.load('w1/plan')).updates.map((u) => u.seq)).toEqual([1, 3]);
    expect(await documents.append('w1/plan', [new Uint8Array([1])])).toBe(4);
    expect(await documents.append('w1/strategy', [new Uint8Array([2])])).toBe(5);
    expect(await documents.append('w1/new', [new Uint8Array([3])])).toBe(1);
  });

  it('keys the invitation list per workshop, keeping every listed row, standing and link', async () => {
    const perWorkshop = MIGRATIONS.find((m) => m.name === 'invitation list keyed per workshop')!.version;
    const { pool, schema } = await freshPool();
    await migrate(pool, schema, MIGRATIONS.filter((m) => m.version < perWorkshop));
    const listIn = async (workshop: string, joinCode: string) => {
      await pool.query(`INSERT INTO workshops (id, title, join_code, created_at) VALUES ($1, 'UPR', $2, 1)`, [workshop, joinCode]);
      await pool.query(`INSERT INTO listed_organisations (id, workshop_id, name, aliases, returning_member) VALUES ('o1', $1, 'Globe', '["Глоуб"]', true)`, [workshop]);
      await pool.query(`INSERT INTO listed_delegates (id, workshop_id, organisation_id, name, contact, ballot_holder) VALUES ('d1', $1, 'o1', 'Tuya', NULL, true)`, [workshop]);
      await pool.query(`INSERT INTO participants (id, workshop_id, name, organisation, created_at) VALUES ($2, $1, 'Tuya', 'Globe', 2)`, [workshop, `p-${workshop}`]);
      await pool.query(`INSERT INTO participant_accreditations (participant_id, workshop_id, organisation_id, delegate_id, admission, admitted_at) VALUES ($2, $1, 'o1', 'd1', 'admitted', 3)`, [workshop, `p-${workshop}`]);
      await pool.query(`INSERT INTO invitation_links (delegate_id, workshop_id, hash, issued_at) VALUES ('d1', $1, $2, 4)`, [workshop, `hash-${workshop}`]);
    };
    await listIn('w1', 'ABCDEF');
    // Before: the same ids in a second workshop clash.
    await expect(listIn('w2', 'GHJKMN')).rejects.toThrow(/duplicate key/);
    expect(await migrate(pool, schema)).toEqual(MIGRATIONS.filter((m) => m.version >= perWorkshop).map((m) => m.version));
    await pool.query(`DELETE FROM workshops WHERE id = 'w2'`);
    await listIn('w2', 'GHJKMN');
    const rows = await pool.query('SELECT workshop_id, organisation_id, delegate_id FROM participant_accreditations ORDER BY workshop_id');
    expect(rows.rows).toEqual([{ workshop_id: 'w1', organisation_id: 'o1', delegate_id: 'd1' }, { workshop_id: 'w2', organisation_id: 'o1', delegate_id: 'd1' }]);
    expect((await pool.query('SELECT hash FROM invitation_links ORDER BY hash')).rows).toEqual([{ hash: 'hash-w1' }, { hash: 'hash-w2' }]);
    // A delegate still belongs to an organisation of its own workshop.
    await pool.query(`INSERT INTO workshops (id, title, join_code, created_at) VALUES ('w3', 'UPR', 'PQRSTU', 1)`);
    await expect(pool.query(`INSERT INTO listed_delegates (id, workshop_id, organisation_id, name, contact, ballot_holder) VALUES ('d1', 'w3', 'o1', 'Tuya', NULL, false)`)).rejects.toThrow(/foreign key/);
  });

  it('refuses a database a newer server migrated, and a failed migration leaves the version as it was', async () => {
    const { pool, schema } = await freshPool();
    await migrate(pool, schema);
    const broken: Migration = { version: MIGRATIONS.length + 1, name: 'broken', sql: 'ALTER TABLE no_such_table ADD COLUMN x TEXT' };
    await expect(migrate(pool, schema, [...MIGRATIONS, broken])).rejects.toThrow(/no_such_table/);
    expect(await versions(pool)).toEqual(MIGRATIONS.map((m) => m.version));

    await pool.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, $1, 0)', ['from the future']);
    await expect(migrate(pool, schema)).rejects.toThrow(/version 999, newer than this server knows/);
  });
});
