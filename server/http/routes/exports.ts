/** Exports of the session record, with the facilitator token or the organiser key. */
import { Router } from 'express';
import { isExportFileName, renderExport } from '../../exports/exportFiles.js';
import { exportLanguage } from '../../exports/planWords.js';
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

  router.get('/api/workshops/:id/export/:file', async (request, response) => {
    // AUTH
    const identity = await authoriseWorkshop(store, organiserKey, bearerToken(request), String(request.params.id), 'export');
    // VALIDATION
    const file = String(request.params.file);
    if (!isExportFileName(file)) throw notFound('no such export file');
    // RESOLUTION
    const workshop = await store.findWorkshop(identity.workshopId);
    if (!workshop) throw notFound('no workshop with this id');
    const record = await buildRecord(store, workshop);
    // The words of the reader's page (the export page sends its language); else the workshop's.
    const { contentType, bytes } = await renderExport(file, record, exportLanguage(request.query.lang, record.control.language));
    response.set('Content-Type', contentType);
    response.set('Content-Disposition', `attachment; filename="convene-${workshop.id}-${file}"`);
    response.set('Cache-Control', 'no-store');
    response.send(bytes);
  });

  return router;
}
