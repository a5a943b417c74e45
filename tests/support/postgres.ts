/**
 * PostgreSQL for tests: the local server CI starts before `npm test`, and a fresh schema per
 * store so that test files (and tests) running at once never see each other's rows.
 */
import crypto from 'node:crypto';
import pg from 'pg';

/** The database tests use: `TEST_DATABASE_URL`, or the local server's `test` database. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

const HOW_TO_START =
  'PostgreSQL tests need a running server. Start the local one with ' +
  '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` ' +
  '(trust auth on 127.0.0.1:5432, database `test`; `createdb -h 127.0.0.1 -U postgres test` if it is missing), ' +
  'or set TEST_DATABASE_URL.';

/** A new schema name, unique across processes and runs. */
export function freshSchemaName(): string {
  return `convene_test_${crypto.randomBytes(6).toString('hex')}`;
}

/** `TEST_DATABASE_URL` with `?schema=` set. */
export function urlWithSchema(schema: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('schema', schema);
  return url.href;
}

let reachable: Promise<void> | null = null;

/**
 * Fails (never skips) with how to start PostgreSQL when the test database cannot be reached.
 * Awaited inside each test rather than in beforeAll, so every such test counts as failed in
 * the report, not as skipped. Checked once per test file.
 */
export function requirePostgres(): Promise<void> {
  reachable ??= checkConnection();
  return reachable;
}

async function checkConnection(): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`cannot connect to ${TEST_DATABASE_URL}: ${error instanceof Error ? error.message : String(error)}. ${HOW_TO_START}`, {
      cause: error,
    });
  } finally {
    await client.end().catch((endError: unknown) => endError); // the connect error above is the one that matters
  }
}

/** Drops the schemas a test file created, with everything in them. */
export async function dropSchemas(schemas: string[]): Promise<void> {
  if (schemas.length === 0) return;
  // Nothing was created when the database could not be reached, and the tests already report that.
  if (!(await requirePostgres().then(() => true, () => false))) return;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    // Names come from freshSchemaName(): plain identifiers, safe to quote.
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Both stores as a test server's options, for `describe.each`: SQLite (the default), and
 * PostgreSQL in a fresh schema pushed on `schemas` for the file to drop.
 */
export function bothStores(schemas: string[]) {
  return [
    ['SQLite', async () => ({})],
    [
      'PostgreSQL',
      async () => {
        await requirePostgres();
        const schema = freshSchemaName();
        schemas.push(schema);
        return { databaseUrl: urlWithSchema(schema) };
      },
    ],
  ] as const;
}
