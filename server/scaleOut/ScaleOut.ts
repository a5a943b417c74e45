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
import { InstancePeers } from './InstancePeers.js';
import { parseTarget } from '../storage/postgres/postgresConnection.js';

/** Receives a channel's messages as raw bytes (Yjs updates travel unencoded). */
export type ChannelListener = (message: Buffer) => void;

/** The Redis side of the deployment: channels under its namespace. */
export interface SharedChannels {
  /** This process's id among the instances, fresh at each start. */
  instanceId: string;
  /** Prefix of every channel and key of this deployment. */
  namespace: string;
  /** Publishes and runs commands; never in subscriber mode. Also the connection to `duplicate()`. */
  publisher: Redis;
  /** Publishes on a channel of this deployment (`name` without the namespace). */
  publish(name: string, message: Buffer | string): Promise<void>;
  /** Listens to a channel of this deployment; resolves once Redis confirmed the subscription. Returns the unsubscribe. */
  subscribe(name: string, listener: ChannelListener): Promise<() => Promise<void>>;
  /** Answers PONG within the health check's deadline when Redis is reachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface ScaleOut extends SharedChannels {
  /** The other live instances, by heartbeat; started by the server. */
  peers: InstancePeers;
}

async function connect(redisUrl: string, name: string): Promise<Redis> {
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
}

/** Connects both connections; rejects with a clear message when Redis cannot be reached at start. */
export async function openScaleOut(redisUrl: string, databaseUrl: string): Promise<ScaleOut> {
  const namespace = `convene:${parseTarget(databaseUrl).schema ?? 'public'}`;
  const publisher = await connect(redisUrl, 'publisher');
  const subscriber = await connect(redisUrl, 'subscriber').catch((error: unknown) => {
    publisher.disconnect();
    throw error;
  });
  const listeners = new Map<string, { set: Set<ChannelListener>; subscribed: Promise<unknown> }>();
  subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
    for (const listener of listeners.get(channel.toString())?.set ?? []) {
      try {
        listener(message);
      } catch (error) {
        log.error('scaleout.listener_failed', { channel: channel.toString(), error: describeError(error) });
      }
    }
  });
  const full = (name: string) => `${namespace}:${name}`;
  const channels: SharedChannels = {
    instanceId: crypto.randomBytes(8).toString('hex'),
    namespace,
    publisher,
    async publish(name, message) {
      await publisher.publish(full(name), message);
    },
    async subscribe(name, listener) {
      const channel = full(name);
      let entry = listeners.get(channel);
      if (!entry) {
        entry = { set: new Set(), subscribed: subscriber.subscribe(channel) };
        listeners.set(channel, entry);
      }
      const { set } = entry;
      set.add(listener);
      await entry.subscribed;
      return async () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(channel) === entry) {
          listeners.delete(channel);
          await subscriber.unsubscribe(channel);
        }
      };
    },
    async ping() {
      if (publisher.status !== 'ready') throw new Error(`Redis connection is ${publisher.status}`);
      await publisher.ping();
    },
    async close() {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
  return { ...channels, peers: new InstancePeers(channels) };
}
