/** `npm start`: reads the environment, starts the server, prints where to go, stops cleanly on SIGTERM. */
import os from 'node:os';
import { lanAddresses, linkBase, organiserLink } from './commands/links.js';
import { readConfig } from './config.js';
import { type RunningServer, startServer } from './ConveneServer.js';
import { describeError, log } from './logger.js';

async function main(): Promise<void> {
  const config = readConfig();
  const server = await startServer(config);
  const scheme = config.tls ? 'https' : 'http';
  const lan = lanAddresses().map((address) => `${scheme}://${address}:${server.port}`);
  // The organiser link is printed for this computer's browser; the links it hands out use `links.url`.
  const base = config.publicUrl ?? `${scheme}://localhost:${server.port}`;
  const links = linkBase({ publicUrl: config.publicUrl, listenHost: config.host, tls: !!config.tls, port: server.port, interfaces: os.networkInterfaces });
  const lines = [
    '',
    `Convene is running on port ${server.port} (${config.databaseUrl ? 'PostgreSQL; organiser key' : 'data'} in ${config.dataDir})`,
    `  Local:      ${scheme}://localhost:${server.port}`,
    ...lan.map((address) => `  Network:    ${address}`),
    `  Organiser:  ${organiserLink(base, server.organiserKey)}`,
    server.organiserKeyGenerated ? `  (a new organiser key was generated and kept in ${config.dataDir})` : '',
    links.reach === 'local' ? '  (no network address found: links will say localhost, which phones in the room cannot open; connect to the venue network or set PUBLIC_URL)' : '',
    !config.tls && lan.length > 0 ? '  (plain HTTP on a network address: pages work online, but a reload without the network cannot open; see TLS_CERT in README.md)' : '',
    '',
  ];
  process.stderr.write(`${lines.filter((line, i) => line !== '' || i === 0 || i === lines.length - 1).join('\n')}\n`);

  stopOnSignals(server);
}

/**
 * How long a stop may take. Storing every room normally takes milliseconds; a store that does
 * not answer would make it wait for ever, and a supervisor waiting for the exit with it.
 */
const STOP_DEADLINE_MS = 10_000;

/**
 * SIGTERM or SIGINT stores every room and exits 0; past the deadline it gives up and exits 1. A
 * second signal while stopping (Ctrl-C again) exits 1 at once.
 */
function stopOnSignals(server: RunningServer): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      log.error('server.stop_interrupted', { signal });
      process.exit(1);
    }
    stopping = true;
    log.info('server.signal', { signal });
    // Not unref'd: a close stuck on a promise that holds no handle would otherwise let the process end with 0.
    setTimeout(() => {
      log.error('server.stop_timeout', { afterMs: STOP_DEADLINE_MS });
      process.exit(1);
    }, STOP_DEADLINE_MS);
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
