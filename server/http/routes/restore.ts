/**
 * `POST /api/workshops/import`: a new workshop from a `record.json`, with the organiser key;
 * `POST /api/workshops/continue` (an archive) and `/api/workshops/:id/continue` (a live workshop,
 * with its facilitator token or the organiser key): a dialogue day continued from it.
 * Registered before the API's JSON parser: an archive is far larger than other bodies, and the
 * key is checked before the body is read, so no one without it can make the server parse 32 MB.
 */
import express, { Router, type Request } from 'express';
import { LIMITS } from '../../../shared/limits.js';
import type { LinkBase } from '../../../shared/links.js';
import { continueRecordSchema, restoreRecordSchema } from '../../../shared/recordSchema.js';
import { continueWorkshop } from '../../commands/continueWorkshop.js';
import { restoreWorkshop } from '../../commands/restoreWorkshop.js';
import { notFound } from '../../errors.js';
import { buildRecord } from '../../exports/recordJson.js';
import { authoriseWorkshop } from '../../policies/workshopAccess.js';
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

  // AUTH: the organiser key, before the body is read.
  const organiserOnly = (request: Request, _response: unknown, next: () => void) => {
    authoriseOrganiser(bearerToken(request), organiserKey);
    next();
  };
  const archiveBody = express.json({ limit: LIMITS.maxRecordBytes });

  router.post('/api/workshops/import', organiserOnly, archiveBody, async (request, response) => {
    // VALIDATION
    const record = restoreRecordSchema.parse(request.body);
    // RESOLUTION
    const created = await restoreWorkshop(store, record, baseUrl(request));
    log.info('workshop.restored', { workshopId: created.id });
    response.status(201).json(created);
  });

  // A dialogue day continued from an archived workshop.
  router.post('/api/workshops/continue', organiserOnly, archiveBody, async (request, response) => {
    const record = continueRecordSchema.parse(request.body);
    const created = await continueWorkshop(store, record, baseUrl(request));
    log.info('workshop.continued', { workshopId: created.id, from: record.workshop.id ?? null });
    response.status(201).json(created);
  });

  // A dialogue day continued from a live workshop: read as its export reads it, so the origin is untouched.
  router.post('/api/workshops/:id/continue', async (request, response) => {
    const identity = await authoriseWorkshop(store, organiserKey, bearerToken(request), String(request.params.id), 'export');
    const workshop = await store.findWorkshop(identity.workshopId);
    if (!workshop) throw notFound('no workshop with this id');
    const record = continueRecordSchema.parse(JSON.parse(JSON.stringify(await buildRecord(store, workshop))));
    const created = await continueWorkshop(store, record, baseUrl(request));
    log.info('workshop.continued', { workshopId: created.id, from: workshop.id });
    response.status(201).json(created);
  });

  return router;
}
