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
const server = await startServer({ dataDir, port: 0, host: '127.0.0.1', idleUnloadMs: 60_000 });

serveAsChild({
  port: server.port,
  organiserKey: server.organiserKey,
  storeStats,
  close: async () => {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});
