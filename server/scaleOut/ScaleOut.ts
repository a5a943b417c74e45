/**
 * What instances of one deployment share besides PostgreSQL: a Redis server that carries fan-out
 * and awareness only (PostgreSQL stays the only truth). One publishing and one subscribing
 * connection per instance; ioredis restores the subscriptions after a reconnect.
 *
 * Channels are named under the deployment's namespace (the PostgreSQL schema), so deployments, or
 * test runs, that share one Redis server never hear each other.
 */
import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { describeError, log } from '../logger.js';
import { parseTarget } from '../storage/postgres/postgresConnection.js';

export interface ScaleOut {
  /** This process's id among the instances, fresh at each start. */
  instanceId: string;
  /** Prefix of every channel and key of this deployment. */
  namespace: string;
  /** Publishes and runs commands; never in subscriber mode. */
  publisher: Redis;
  /** Subscriber mode only. */
  subscriber: Redis;
  /** Answers PONG within the health check's deadline when Redis is reachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Connects both connections; rejects with a clear message when Redis cannot be reached at start. */
export async function openScaleOut(redisUrl: string, databaseUrl: string): Promise<ScaleOut> {
  const schema = parseTarget(databaseUrl).schema ?? 'public';
  const namespace = `convene:${schema}`;
  const connect = async (name: string) => {
    // Commands wait in ioredis's queue while it reconnects; the health check reports the outage meanwhile.
    const redis = new Redis(redisUrl, { lazyConnect: true, connectionName: `convene-${name}`, maxRetriesPerRequest: null });
    // One line per distinct error: a stopped Redis would otherwise log at every retry.
    let lastError = '';
    redis.on('error', (error: unknown) => {
      const described = describeError(error);
      if (described !== lastError) log.warn('scaleout.redis_error', { connection: name, error: described });
      lastError = described;
    });
    redis.on('ready', () => (lastError = ''));
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      throw new Error(`REDIS_URL cannot be reached (${redisUrl.replace(/\/\/[^@]*@/, '//')}): ${describeError(error)}`, { cause: error });
    }
    return redis;
  };
  const publisher = await connect('publisher');
  const subscriber = await connect('subscriber').catch((error: unknown) => {
    publisher.disconnect();
    throw error;
  });
  return {
    instanceId: crypto.randomBytes(8).toString('hex'),
    namespace,
    publisher,
    subscriber,
    async ping() {
      if (publisher.status !== 'ready') throw new Error(`Redis connection is ${publisher.status}`);
      await publisher.ping();
    },
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
