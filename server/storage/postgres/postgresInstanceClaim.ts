/**
 * One server per PostgreSQL schema, until instances share rooms through Redis: two servers on
 * one schema would each keep their own live copy of a document and serve diverging rooms. A
 * second server is refused at start, with the first one named, as SQLite's data folder is.
 *
 * The claim is a session-level advisory lock held on a connection of its own for the server's
 * lifetime. PostgreSQL drops it with the connection, so a killed server leaves nothing to clean
 * up. The holder is named through its connection's `application_name`, read back from
 * `pg_stat_activity`, so no table has to be written or cleaned.
 */
import os from 'node:os';
import pg from 'pg';
import { describeError, log } from '../../logger.js';
import { parseTarget } from './postgresConnection.js';

/** Raised when another server holds the schema. */
export class SchemaInUse extends Error {}

/** `Conv` in ASCII: the advisory-lock class of Convene's instance claims; the second key is the schema's hash. */
const CLAIM_CLASS = 0x436f6e76;
const NAME_PREFIX = 'convene instance';

/** Claims the URL's schema for this process; resolves to the release (idempotent). */
export async function claimPostgresSchema(databaseUrl: string): Promise<() => Promise<void>> {
  const target = parseTarget(databaseUrl);
  // application_name is cut at 63 bytes by PostgreSQL; the host and pid come first, the schema is checked apart.
  const holderName = `${NAME_PREFIX} ${os.hostname()} pid ${process.pid}`.slice(0, 63);
  const client = new pg.Client({
    connectionString: target.connectionString,
    application_name: holderName,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  // A dropped connection loses the claim; the server goes on serving, and says so.
  client.on('error', (error) => log.warn('storage.instance_claim_lost', { error: describeError(error) }));
  await client.connect();
  try {
    const { rows } = await client.query<{ claimed: boolean; schema: string }>(
      // The URL's schema may not exist yet (the store creates it after this claim).
      `SELECT pg_try_advisory_lock($1, hashtext(s.name)) AS claimed, s.name AS schema
         FROM (SELECT coalesce($2::text, current_schema()) AS name) s`,
      [CLAIM_CLASS, target.schema],
    );
    const { claimed, schema } = rows[0]!;
    if (!claimed) throw new SchemaInUse(`another Convene server${await holder(client, schema)} is using the PostgreSQL schema "${schema}" at ${target.location}; stop it first (several servers on one database need REDIS_URL, which this version does not implement yet)`);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  let released: Promise<void> | null = null;
  return () => (released ??= client.end().catch((error: unknown) => log.warn('storage.instance_release_failed', { error: describeError(error) })));
}

/** " (host pid N, since …)" for the connection holding the claim, or "" when it cannot be told. */
async function holder(client: pg.Client, schema: string): Promise<string> {
  try {
    const { rows } = await client.query<{ name: string; since: Date }>(
      `SELECT a.application_name AS name, a.backend_start AS since
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
          AND l.classid = $1::bigint::oid AND l.objid = (hashtext($2)::bigint & 4294967295)::oid`,
      [CLAIM_CLASS, schema],
    );
    const row = rows[0];
    if (!row?.name.startsWith(NAME_PREFIX)) return '';
    return ` (${row.name.slice(NAME_PREFIX.length + 1)}, since ${row.since.toISOString()})`;
  } catch {
    return '';
  }
}
