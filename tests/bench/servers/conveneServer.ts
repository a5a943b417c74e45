/** Bench child: our server, storing every update before relay, in a fresh temporary data folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../../server/ConveneServer.js';
import { serveAsChild } from './serverChild.js';
import { installStoreProbe } from './storeProbe.js';

// Warnings and errors still print (the logger reads the level per line); per-connection info
// lines would only add noise to the table.
process.env.LOG_LEVEL ??= 'warn';

const storeStats = installStoreProbe();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-'));
// Rooms stay loaded between the prefill and the storm even if a moment passes with no client.
// The two-instance case (twoInstanceCase.ts) starts this child on a shared PostgreSQL schema and Redis.
const shared = process.env.BENCH_INSTANCE_DATABASE_URL
  ? { databaseUrl: process.env.BENCH_INSTANCE_DATABASE_URL, redisUrl: process.env.BENCH_INSTANCE_REDIS_URL, organiserKey: process.env.BENCH_INSTANCE_ORGANISER_KEY }
  : {};
const server = await startServer({ dataDir, port: 0, host: '127.0.0.1', idleUnloadMs: 60_000, ...shared });

serveAsChild({
  port: server.port,
  organiserKey: server.organiserKey,
  storeStats,
  close: async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});
