/** Redis for the scale-out tests: the local server CI starts before `npm test`. */
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

const HOW_TO_START =
  'Scale-out tests need a running Redis. Start the local one with ' +
  '`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`, or set TEST_REDIS_URL.';

let reachable: Promise<void> | null = null;

/** Fails (never skips) with how to start Redis when it cannot be reached; checked once per test file. */
export function requireRedis(): Promise<void> {
  reachable ??= (async () => {
    const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await redis.connect();
      await redis.ping();
    } catch (error) {
      throw new Error(`cannot reach ${TEST_REDIS_URL}: ${error instanceof Error ? error.message : String(error)}. ${HOW_TO_START}`, { cause: error });
    } finally {
      redis.disconnect();
    }
  })();
  return reachable;
}
