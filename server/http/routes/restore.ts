/**
 * `POST /api/workshops/import`: a new workshop from a `record.json`, with the organiser key.
 * Registered before the API's JSON parser: an archive is far larger than other bodies, and the
 * key is checked before the body is read, so no one without it can make the server parse 32 MB.
 */
import express, { Router, type Request } from 'express';
import { LIMITS } from '../../../shared/limits.js';
import type { LinkBase } from '../../../shared/links.js';
import { restoreRecordSchema } from '../../../shared/recordSchema.js';
import { restoreWorkshop } from '../../commands/restoreWorkshop.js';
import { log } from '../../logger.js';
import type { Store } from '../../storage/Store.js';
import { authoriseOrganiser } from '../../policies/organiser.js';
import { bearerToken } from '../bearer.js';

export interface RestoreRoutesOptions {
  store: Store;
  organiserKey: string;
  baseUrl: (request: Request) => LinkBase;
}

export function restoreRoutes({ store, organiserKey, baseUrl }: RestoreRoutesOptions): Router {
  const router = Router();

  router.post(
    '/api/workshops/import',
    // AUTH
    (request, _response, next) => {
      authoriseOrganiser(bearerToken(request), organiserKey);
      next();
    },
    express.json({ limit: LIMITS.maxRecordBytes }),
    async (request, response) => {
      // VALIDATION
      const record = restoreRecordSchema.parse(request.body);
      // RESOLUTION
      const created = await restoreWorkshop(store, record, baseUrl(request));
      log.info('workshop.restored', { workshopId: created.id });
      response.status(201).json(created);
    },
  );

  return router;
}
