/** Recommendations import: the file as the raw request body, the facilitator token or organiser key as bearer. */
import express, { Router } from 'express';
import { z } from 'zod';
import type { Identity } from '../../../shared/api.js';
import { LIMITS } from '../../../shared/limits.js';
import { REVIEWS } from '../../../shared/recommendations.js';
import type { RoomRegistry } from '../../collaboration/RoomRegistry.js';
import { importRecommendationsFile } from '../../commands/importRecommendationsFile.js';
import { invalid } from '../../errors.js';
import { log } from '../../logger.js';
import { authoriseWorkshop } from '../../policies/workshopAccess.js';
import type { Store } from '../../storage/Store.js';
import { bearerToken } from '../bearer.js';

export interface RecommendationRoutesOptions {
  store: Store;
  rooms: RoomRegistry;
  organiserKey: string;
}

const importQuery = z.object({ cycle: z.enum(REVIEWS).default('current') });

export function recommendationRoutes({ store, rooms, organiserKey }: RecommendationRoutesOptions): Router {
  const router = Router();
  // Any content type: CSV and XLSX arrive as text/csv, the XLSX type or application/octet-stream, and the bytes decide.
  const rawBody = express.raw({ type: () => true, limit: LIMITS.maxImportBytes });

  router.post(
    '/api/workshops/:id/recommendations/import',
    // AUTH before the body is read, so no one without a token can make the server read 10 MiB.
    async (request, response, next) => {
      response.locals.identity = await authoriseWorkshop(store, organiserKey, bearerToken(request), String(request.params.id), 'runAgenda');
      next();
    },
    rawBody,
    async (request, response) => {
      // VALIDATION
      const { cycle } = importQuery.parse(request.query);
      if (!Buffer.isBuffer(request.body)) throw invalid('send the file itself as the request body (CSV or XLSX), not JSON');
      // RESOLUTION
      const identity = response.locals.identity as Identity;
      const outcome = await importRecommendationsFile(rooms, identity, {
        bytes: new Uint8Array(request.body),
        contentType: request.get('content-type'),
        review: cycle,
      });
      if (!outcome.ok) {
        response.status(422).json({ errors: outcome.errors });
        return;
      }
      log.info('recommendations.imported', { workshopId: request.params.id, ...outcome.result, errors: outcome.result.errors.length });
      response.json(outcome.result);
    },
  );

  return router;
}
