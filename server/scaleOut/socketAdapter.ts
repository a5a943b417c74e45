/**
 * Socket.io across instances: `@socket.io/redis-adapter` on two connections of its own, so a
 * targeted emit (a participant's room, an organisation's, the facilitators') and a
 * `disconnectSockets` reach the sockets of every instance. Pub/sub only: a packet sent while Redis
 * is unreachable is lost, so nothing that must arrive depends on it alone (state is re-sent whole
 * on reconnect; ballots and the record live in PostgreSQL).
 */
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server } from 'socket.io';
import { describeError, log } from '../logger.js';
import type { ScaleOut } from './ScaleOut.js';

/** Puts the server on the deployment's Redis; returns what closes the adapter's connections (after `io.close()`). */
export function useRedisAdapter(io: Server, scaleOut: ScaleOut): () => Promise<void> {
  const connections = ['pub', 'sub'].map((role) => {
    const redis: Redis = scaleOut.publisher.duplicate({ connectionName: `convene-socketio-${role}` });
    let lastError = '';
    redis.on('error', (error: unknown) => {
      const described = describeError(error);
      if (described !== lastError) log.warn('scaleout.redis_error', { connection: `socketio-${role}`, error: described });
      lastError = described;
    });
    redis.on('ready', () => (lastError = ''));
    return redis;
  });
  const [pub, sub] = connections as [Redis, Redis];
  // Under the deployment's namespace: two deployments (or test runs) on one Redis never mix their sockets.
  io.adapter(createAdapter(pub, sub, { key: `${scaleOut.namespace}:socket.io` }));
  return async () => {
    await Promise.allSettled(connections.map((redis) => redis.quit()));
  };
}
