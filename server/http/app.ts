/** The Express app: JSON API, health, and the built client with its single-page fallback. */
import { type InvitationsImported, invitationRoutes } from './routes/invitations.js';
import type { JoinListener } from '../commands/joinWorkshop.js';
import fs from 'node:fs';
import path from 'node:path';
import express, { type Request } from 'express';
import type { LinkBase } from '../../shared/links.js';
import { LIMITS } from '../../shared/limits.js';
import type { RoomRegistry } from '../collaboration/RoomRegistry.js';
import type { Revocations } from '../auth/Revocations.js';
import type { ControlStates } from '../control/ControlStates.js';
import { linkBase, type NetworkInterfaces } from '../commands/links.js';
import { notFound } from '../errors.js';
import type { Store } from '../storage/Store.js';
import { errorHandler } from './errorHandler.js';
import type { ScaleOut } from '../scaleOut/ScaleOut.js';
import { healthCheck } from './health.js';
import { demoRoutes } from './routes/demo.js';
import { exportRoutes } from './routes/exports.js';
import { recommendationRoutes } from './routes/recommendations.js';
import { restoreRoutes } from './routes/restore.js';
import { sectionRoutes } from './routes/sections.js';
import { trackingRoutes } from './routes/tracking.js';
import { workshopRoutes } from './routes/workshops.js';
import { staticClient } from './staticClient.js';

export interface AppOptions {
  store: Store;
  controls: ControlStates;
  revocations: Revocations;
  organiserKey: string;
  /** The Yjs rooms: imports and the demo write section documents through them. */
  rooms: RoomRegistry;
  clientDir: string | undefined;
  publicUrl: string | undefined;
  /** `HOST`: links use it when the server listens on that one address. */
  listenHost: string | undefined;
  tls: boolean;
  /** The machine's network interfaces; tests pass their own. */
  networkInterfaces: NetworkInterfaces;
  /** True once the server has begun to stop: the health check then answers 503. */
  stopping: () => boolean;
  /** Redis shared by the instances, when there are several: the health check pings it too. */
  scaleOut: ScaleOut | null;
  /** After a join is stored: the control channel shows a newcomer on the waiting list. */
  participantJoined?: JoinListener;
  /** After an invitation list import is stored: the control channel audits it and shows the list. */
  invitationsImported?: InvitationsImported;
}

export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_request, response, next) => {
    response.set('X-Content-Type-Options', 'nosniff');
    response.set('Referrer-Policy', 'no-referrer');
    next();
  });
  app.get('/healthz', healthCheck(options.store, options.stopping, options.scaleOut));
  // From configuration and the socket the request arrived on, never from its Host header.
  const baseUrl = (request: Request): LinkBase =>
    linkBase({
      publicUrl: options.publicUrl,
      listenHost: options.listenHost,
      tls: options.tls,
      port: request.socket.localPort ?? 0,
      arrivedOn: request.socket.localAddress,
      interfaces: options.networkInterfaces,
    });
  // Before the API's small JSON limit: a restore archive has its own, larger one.
  app.use(restoreRoutes({ store: options.store, organiserKey: options.organiserKey, baseUrl }));
  app.use('/api', express.json({ limit: LIMITS.maxJsonBodyBytes }));
  app.use(workshopRoutes({ store: options.store, controls: options.controls, revocations: options.revocations, organiserKey: options.organiserKey, baseUrl, participantJoined: options.participantJoined }));
  app.use(recommendationRoutes(options));
  app.use(invitationRoutes(options));
  app.use(exportRoutes(options));
  app.use(trackingRoutes(options));
  app.use(sectionRoutes(options));
  app.use(demoRoutes({ ...options, baseUrl }));
  app.use('/api', (_request, _response, next) => next(notFound('no such API route')));
  // Only once built: without dist/client the server still answers the API (tests, `npm run dev`).
  if (options.clientDir && fs.existsSync(path.join(options.clientDir, 'index.html'))) app.use(staticClient(options.clientDir));
  app.use(errorHandler);
  return app;
}
