/**
 * Connecting to PostgreSQL: the pool, the schema a store lives in, and transactions. Kept apart
 * from the store so that its vote and restore helpers share one way of running a transaction.
 */
import pg from 'pg';
import type { Pool, PoolClient, QueryResult, QueryResultRow } from 'pg';

/** Anything a statement can run on: the pool (its own implicit transaction) or a client inside one. */
export type Queryable = Pool | PoolClient;

/** Runs one statement; a thin wrapper so callers need not repeat the union's overloads. */
export function query<Row extends QueryResultRow>(db: Queryable, text: string, values: unknown[] = []): Promise<QueryResult<Row>> {
  return (db as Pool).query<Row>(text, values);
}

export interface PostgresOptions {
  /** The PostgreSQL schema to keep the tables in; overrides the URL's `?schema=`. Default: the search path's first (`public`). */
  schema?: string;
  /** Connections kept open; a workshop's writes are short, so a few serve hundreds of participants. */
  poolSize?: number;
}

export interface PostgresTarget {
  connectionString: string;
  schema: string | null;
  /** The URL without its password, to log which database is used. */
  location: string;
}

/**
 * Only plain lower-case identifiers: the name ends up in SQL text, where a quote would be an
 * injection, and in the search_path option, where PostgreSQL would fold capitals to lower case
 * and miss a schema created as "Venue".
 */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Splits the URL into what pg reads and the `schema` parameter, which pg does not know. */
export function parseTarget(databaseUrl: string, options: PostgresOptions = {}): PostgresTarget {
  // The URL itself stays out of these messages: it may hold a password.
  const notUrl = new Error('DATABASE_URL is not a PostgreSQL URL; expected postgres://user:password@host:5432/database[?schema=name]');
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw notUrl;
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw notUrl;
  const schema = options.schema ?? url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new Error(`PostgreSQL schema must be a plain identifier (lower-case letters, digits, _), got "${schema}"`);
  }
  const shown = new URL(url.href);
  if (shown.password) shown.password = '***';
  if (schema) shown.searchParams.set('schema', schema);
  return { connectionString: url.href, schema, location: shown.href };
}

const INT8_OID = 20;

/**
 * BIGINT columns hold times in milliseconds and sequence numbers, far below 2^53, so they are
 * read as numbers rather than pg's default strings. Per pool, not pg's global parser, so other
 * users of pg in the process are not affected.
 */
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (oid !== INT8_OID) return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
    return (value: string) => {
      const number = Number(value);
      if (!Number.isSafeInteger(number)) throw new Error(`BIGINT ${value} does not fit a JavaScript number`);
      return number;
    };
  },
};

/** A pool whose every connection works in the target's schema. */
export function createPool(target: PostgresTarget, poolSize: number): Pool {
  return new pg.Pool({
    connectionString: target.connectionString,
    max: poolSize,
    types,
    // A startup parameter rather than a SET after connecting: it holds on every pooled connection.
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
}

/**
 * Runs `work` in one transaction on one pooled connection: committed when it resolves, rolled
 * back when it throws. `begin` may ask for another isolation level.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A ROLLBACK that fails means the connection itself is broken: it is then destroyed, not pooled again.
    broken = await client.query('ROLLBACK').then(
      () => undefined,
      (rollbackError: unknown) => (rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError))),
    );
    throw error;
  } finally {
    client.release(broken);
  }
}
