/** `npm run demo`: creates a demo workshop in the configured store (DATABASE_URL, else DATA_DIR) and prints its links. */
import os from 'node:os';
import { linkBase } from '../commands/links.js';
import { readConfig } from '../config.js';
import { RoomRegistry } from '../collaboration/RoomRegistry.js';
import { createDemoWorkshop } from '../commands/createDemoWorkshop.js';
import { describeError } from '../logger.js';
import { openStore } from '../storage/openStore.js';

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn';
  const config = readConfig();
  const store = await openStore(config);
  // Only the server's own edits go through these rooms, so every write is allowed.
  const rooms = new RoomRegistry({ store, idleUnloadMs: 0, mayWrite: () => true });
  try {
    const base = linkBase({ publicUrl: config.publicUrl, listenHost: config.host, tls: !!config.tls, port: config.port || 3000, interfaces: os.networkInterfaces });
    const demo = await createDemoWorkshop(store, rooms, base);
    process.stdout.write(
      [
        `Demo workshop created in ${config.databaseUrl ? 'the PostgreSQL database' : config.dataDir} (start the server with npm start to open it)`,
        `  Facilitator: ${demo.links.facilitator}`,
        `  Projector:   ${demo.links.projector}`,
        `  Join:        ${demo.links.join}   (code ${demo.joinCode})`,
        '',
      ].join('\n'),
    );
  } finally {
    await rooms.closeAll();
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`could not create the demo workshop: ${JSON.stringify(describeError(error))}\n`);
  process.exit(1);
});
