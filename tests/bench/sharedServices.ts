/** Whether the two-instance case can run: PostgreSQL and Redis reachable. Null when both answer, else why not. */
import { Redis } from 'ioredis';
import pg from 'pg';
import { BENCH_DATABASE_URL, BENCH_REDIS_URL } from './twoInstanceCase.js';

export async function sharedServicesProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    return `PostgreSQL at BENCH_DATABASE_URL cannot be reached (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(BENCH_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    return `Redis at BENCH_REDIS_URL cannot be reached (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    redis.disconnect();
  }
  return null;
}
