/**
 * The whole server on one port: HTTP API and client, the Yjs endpoint, the control channel.
 * Tests start it on port 0 with a fresh data folder; `index.ts` starts it from the environment.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { loadOrganiserKey } from './auth/organiserKey.js';
import { DocumentFanOut } from './collaboration/DocumentFanOut.js';
import { RoomRegistry } from './collaboration/RoomRegistry.js';
import type { NetworkInterfaces } from './commands/links.js';
import { YjsEndpoint } from './collaboration/yjsEndpoint.js';
import type { Config } from './config.js';
import { Accreditations } from './control/Accreditations.js';
import { ControlChannel } from './control/controlChannel.js';
import { ControlStates } from './control/ControlStates.js';
import { SharedControlStates } from './control/SharedControlStates.js';
import { createApp } from './http/app.js';
import { log } from './logger.js';
import { mayWriteSection } from './policies/documentPolicy.js';
import { Revocations } from './auth/Revocations.js';
import { openStore } from './storage/openStore.js';
import { claimPostgresSchema } from './storage/postgres/postgresInstanceClaim.js';
import { isSharedDocumentLog, type Store } from './storage/Store.js';
import { ControlReplication } from './scaleOut/ControlReplication.js';
import { openScaleOut, type ScaleOut } from './scaleOut/ScaleOut.js';

export interface StartOptions extends Partial<Config> {
  dataDir: string;
  /** How long an empty room stays in memory before it is stored and unloaded. */
  idleUnloadMs?: number;
  /** The machine's network interfaces, where links find a LAN address; tests pass their own. */
  networkInterfaces?: NetworkInterfaces;
}

export interface RunningServer {
  url: string;
  port: number;
  organiserKey: string;
  organiserKeyGenerated: boolean;
  rooms: RoomRegistry;
  /** The store, for tests that set up what no HTTP route writes yet. */
  store: Store;
  /** Stores every room and closes every connection and the store. */
  close(): Promise<void>;
}

/** With Redis, instances share the schema; without it, the first server on a schema keeps it to itself. */
async function joinDeployment(options: StartOptions): Promise<{ scaleOut: ScaleOut | null; release: () => Promise<void> }> {
  if (!options.databaseUrl) return { scaleOut: null, release: async () => {} };
  if (!options.redisUrl) return { scaleOut: null, release: await claimPostgresSchema(options.databaseUrl) };
  const scaleOut = await openScaleOut(options.redisUrl, options.databaseUrl);
  await scaleOut.peers.start();
  return {
    scaleOut,
    release: async () => {
      await scaleOut.peers.stop();
      await scaleOut.close();
    },
  };
}

/** With Redis, the control records live in PostgreSQL and every instance follows them; alone, in this process's memory. */
async function openControls(store: Store, scaleOut: ScaleOut | null): Promise<ControlStates> {
  const shared = scaleOut && store.sharedControl();
  if (!shared) return new ControlStates(store);
  const controls = new SharedControlStates(store, shared, new ControlReplication(scaleOut));
  await controls.start();
  return controls;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { scaleOut, release: leaveDeployment } = await joinDeployment(options);
  const store: Store = await openStore(options).catch(async (error: unknown) => {
    await leaveDeployment();
    throw error;
  });
  const { key: organiserKey, generated } = loadOrganiserKey(options.dataDir, options.organiserKey);
  const controls = await openControls(store, scaleOut);
  const fanOut = scaleOut && isSharedDocumentLog(store) ? { channels: new DocumentFanOut(scaleOut, store), documents: store } : undefined;
  const accreditations = new Accreditations(store, scaleOut);
  // The control channel is made once the HTTP server exists; a join reaches it only after listening starts.
  let control: ControlChannel | null = null;
  const rooms = new RoomRegistry({
    store,
    ...(fanOut ? { fanOut } : {}),
    idleUnloadMs: options.idleUnloadMs ?? 5000,
    mayWrite: ({ identity, section }) =>
      mayWriteSection(identity, section, {
        locked: controls.isLocked(identity.workshopId, section),
        frozen: controls.isFrozen(identity.workshopId, section),
        dialogue: controls.isDialogue(identity.workshopId),
      }),
  });
  let closing: Promise<void> | null = null;
  const revocations = new Revocations(scaleOut);
  const app = createApp({
    store,
    controls,
    revocations,
    organiserKey,
    rooms,
    clientDir: options.clientDir,
    publicUrl: options.publicUrl,
    listenHost: options.host,
    tls: !!options.tls,
    networkInterfaces: options.networkInterfaces ?? os.networkInterfaces,
    stopping: () => closing !== null,
    scaleOut,
    participantJoined: (participant, standing) => control?.participantJoined(participant, standing),
    invitationsImported: async (identity, list, detail) => control?.invitationsImported(identity, list, detail),
  });
  // With TLS_CERT/TLS_KEY the same port speaks HTTPS (and WSS): a LAN address then is a secure context.
  const server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, app) : http.createServer(app);
  const yjs = new YjsEndpoint({ store, rooms, controls, revocations });
  yjs.attach(server);
  const channel = new ControlChannel(server, store, controls, rooms, revocations, accreditations, scaleOut);
  control = channel;
  if (scaleOut) {
    const workshopOf = (room: string) => room.slice(0, room.indexOf('/'));
    revocations.watchStore(
      store,
      () => [...controls.loadedWorkshops(), ...rooms.loadedRooms().map(workshopOf)],
      (workshopId) => [...yjs.layersHere(workshopId), ...channel.layersHere(workshopId)],
    );
  }
  // Hearing the other instances' removals, presence and votes before the first client can arrive.
  await Promise.all([revocations.ready(), channel.start()]);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `${options.tls ? 'https' : 'http'}://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}`;
  log.info('server.listening', { port, dataDir: options.dataDir });

  const close = () => {
    closing ??= (async () => {
      yjs.closeAll();
      await channel.close();
      await revocations.close();
      await rooms.closeAll();
      await controls.close();
      fanOut?.channels.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await leaveDeployment();
      log.info('server.stopped', {});
    })();
    return closing;
  };
  return { url, port, organiserKey, organiserKeyGenerated: generated, rooms, store, close };
}
