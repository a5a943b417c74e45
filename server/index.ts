/** `npm start`: reads the environment, starts the server, prints where to go, stops cleanly on SIGTERM. */
import os from 'node:os';
import { organiserLink } from './commands/links.js';
import { readConfig } from './config.js';
import { startServer } from './ConveneServer.js';
import { describeError, log } from './logger.js';

/** Non-internal IPv4 addresses: what participants on the venue Wi-Fi can open. */
function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address!.address);
}

async function main(): Promise<void> {
  const config = readConfig();
  const server = await startServer(config);
  const lan = lanAddresses().map((address) => `http://${address}:${server.port}`);
  const base = config.publicUrl ?? `http://localhost:${server.port}`;
  const lines = [
    '',
    `Convene is running on port ${server.port} (${config.databaseUrl ? 'PostgreSQL; organiser key' : 'data'} in ${config.dataDir})`,
    `  Local:      http://localhost:${server.port}`,
    ...lan.map((address) => `  Network:    ${address}`),
    `  Organiser:  ${organiserLink(base, server.organiserKey)}`,
    server.organiserKeyGenerated ? `  (a new organiser key was generated and kept in ${config.dataDir})` : '',
    '',
  ];
  process.stderr.write(`${lines.filter((line, i) => line !== '' || i === 0 || i === lines.length - 1).join('\n')}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('server.signal', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('server.stop_failed', { error: describeError(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  log.error('server.start_failed', { error: describeError(error) });
  process.exit(1);
});
