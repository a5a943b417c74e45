/** `POST /api/workshops/demo`: a one-click demo workshop for the organiser page. */
import { Router, type Request } from 'express';
import type { LinkBase } from '../../../shared/links.js';
import type { RoomRegistry } from '../../collaboration/RoomRegistry.js';
import { createDemoWorkshop } from '../../commands/createDemoWorkshop.js';
import { log } from '../../logger.js';
import type { Store } from '../../storage/Store.js';
import { authoriseOrganiser } from '../../policies/organiser.js';
import { bearerToken } from '../bearer.js';

export interface DemoRoutesOptions {
  store: Store;
  rooms: RoomRegistry;
  organiserKey: string;
  baseUrl: (request: Request) => LinkBase;
}

export function demoRoutes({ store, rooms, organiserKey, baseUrl }: DemoRoutesOptions): Router {
  const router = Router();

  router.post('/api/workshops/demo', async (request, response) => {
    // AUTH
    authoriseOrganiser(bearerToken(request), organiserKey);
    // RESOLUTION
    const created = await createDemoWorkshop(store, rooms, baseUrl(request));
    log.info('workshop.demo_created', { workshopId: created.id });
    response.status(201).json(created);
  });

  return router;
}
