/** Exports of the session record, with the facilitator token or the organiser key. */
import { Router } from 'express';
import { buildRecord } from '../../exports/recordJson.js';
import { notFound } from '../../errors.js';
import { authoriseWorkshop } from '../../policies/workshopAccess.js';
import type { Store } from '../../storage/Store.js';
import { bearerToken } from '../bearer.js';

export interface ExportRoutesOptions {
  store: Store;
  organiserKey: string;
}

export function exportRoutes({ store, organiserKey }: ExportRoutesOptions): Router {
  const router = Router();

  router.get('/api/workshops/:id/export/record.json', async (request, response) => {
    // AUTH
    const identity = await authoriseWorkshop(store, organiserKey, bearerToken(request), String(request.params.id), 'export');
    // RESOLUTION
    const workshop = await store.findWorkshop(identity.workshopId);
    if (!workshop) throw notFound('no workshop with this id');
    const record = await buildRecord(store, workshop);
    response.set('Content-Disposition', `attachment; filename="convene-${workshop.id}-record.json"`);
    response.set('Cache-Control', 'no-store');
    response.json(record);
  });

  return router;
}
