/**
 * Several instances of the server as child processes on one deployment: one fresh PostgreSQL
 * schema, one Redis, one organiser key — what `npm start` on several machines behind a load
 * balancer looks like. Child processes, so a test can kill -9 one of them.
 */
import crypto from 'node:crypto';
import { dropSchemas, freshSchemaName, requirePostgres, urlWithSchema } from './postgres.js';
import { requireRedis, TEST_REDIS_URL } from './redis.js';
import { type ChildServer, freshDataDir, startChildServer } from './testServer.js';

export interface ClusterOptions {
  /** How many instances to start (default 2). */
  instances?: number;
  /** Redis for this cluster, e.g. a test's own redis-server it stops and restarts (default TEST_REDIS_URL). */
  redisUrl?: string;
  /** Extra environment for every instance. */
  env?: Record<string, string>;
}

export interface Cluster {
  databaseUrl: string;
  redisUrl: string;
  organiserKey: string;
  /** How many instance slots the cluster has (killed ones included). */
  size: number;
  /** The running instance in slot `i`; throws when it was killed or stopped and not restarted. */
  instance(i: number): ChildServer;
  url(i: number): string;
  port(i: number): number;
  /** kill -9 of instance `i`; resolves once the process is gone. */
  kill9(i: number): Promise<void>;
  /** Starts instance `i` again (after kill9 or stop) with the same data folder and environment; a new port. */
  restart(i: number): Promise<ChildServer>;
  /** SIGTERM to every running instance, waits for them, and drops the schema. */
  stopAll(): Promise<void>;
}

/** Starts the instances one after another (the first one runs the migrations). */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const redisUrl = options.redisUrl ?? TEST_REDIS_URL;
  await Promise.all([requirePostgres(), options.redisUrl ? Promise.resolve() : requireRedis()]);
  const schema = freshSchemaName();
  const databaseUrl = urlWithSchema(schema);
  const organiserKey = `cluster-${crypto.randomBytes(12).toString('hex')}`;
  const env = { ...options.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, ORGANISER_KEY: organiserKey };
  const count = options.instances ?? 2;
  const dataDirs = Array.from({ length: count }, () => freshDataDir());
  const running: (ChildServer | null)[] = [];

  const stopAll = async () => {
    await Promise.all(
      running.map(async (child, i) => {
        if (!child) return;
        running[i] = null;
        child.process.kill('SIGTERM');
        // A stuck instance must not hold the test run: kill it after a grace period.
        const timer = setTimeout(() => child.process.kill('SIGKILL'), 10_000);
        await child.exited;
        clearTimeout(timer);
      }),
    );
    await dropSchemas([schema]);
  };

  try {
    for (const dataDir of dataDirs) running.push(await startChildServer(dataDir, env));
  } catch (error) {
    await stopAll();
    throw error;
  }

  const instance = (i: number): ChildServer => {
    const child = running[i];
    if (!child) throw new Error(`instance ${i} is not running`);
    return child;
  };

  return {
    databaseUrl,
    redisUrl,
    organiserKey,
    size: count,
    instance,
    url: (i) => instance(i).url,
    port: (i) => instance(i).port,
    async kill9(i) {
      const child = instance(i);
      running[i] = null;
      child.process.kill('SIGKILL');
      await child.exited;
    },
    async restart(i) {
      if (running[i]) throw new Error(`instance ${i} is still running`);
      const child = await startChildServer(dataDirs[i]!, env);
      running[i] = child;
      return child;
    },
    stopAll,
  };
}
