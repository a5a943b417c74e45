/**
 * Bench child of `npm run bench:storage`: our whole server with one way of storing Yjs updates,
 * chosen by BENCH_STORE: `wal` (the store as it is: plain WAL, one transaction per batch) or
 * `journal` (the update journal it had until issue 16, see journal/JournaledStore.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../../server/ConveneServer.js';
import { SqliteStore } from '../../../server/storage/sqlite/SqliteStore.js';
import { serveAsChild } from '../servers/serverChild.js';
import { JournaledStore } from './journal/JournaledStore.js';

process.env.LOG_LEVEL ??= 'warn';

const variant = process.env.BENCH_STORE;
if (variant === 'journal') {
  // openStore() opens SQLite through this: the journaled store behaves as one.
  const openPlain = SqliteStore.open.bind(SqliteStore);
  SqliteStore.open = (dataDir: string) => JournaledStore.open(dataDir, openPlain) as SqliteStore;
} else if (variant !== 'wal') {
  throw new Error(`BENCH_STORE must be wal or journal, not ${variant}`);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-storage-'));
const server = await startServer({ dataDir, port: 0, host: '127.0.0.1', idleUnloadMs: 60_000 });

serveAsChild({
  port: server.port,
  organiserKey: server.organiserKey,
  close: async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});
