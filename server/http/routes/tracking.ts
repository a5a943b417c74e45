/**
 * Implementation tracking between meetings: the board (what may be assessed and every
 * assessment), a new assessment, the workshop's joint or single submission, and the reports drawn from them (the OHCHR matrix, the CSO
 * mid-term report). Coalition members, the facilitator and the organiser; never the projector.
 */
import { Router, type Request } from 'express';
import type { Identity } from '../../../shared/api.js';
import { isWorkshopLanguage } from '../../../shared/workshopLanguage.js';
import { submissionKind } from '../../../shared/tracking.js';
import { recordAssessment } from '../../commands/recordAssessment.js';
import { setSubmissionKind } from '../../commands/setSubmissionKind.js';
import { notFound } from '../../errors.js';
import { isTrackingFileName, renderTrackingFile } from '../../exports/tracking/trackingFiles.js';
import { authoriseTracking } from '../../policies/tracking.js';
import type { Store } from '../../storage/Store.js';
import { readTrackingBoard } from '../../tracking/readTrackingBoard.js';
import { bearerToken } from '../bearer.js';
import { rateLimitPerAddress } from '../rateLimit.js';

/** Far above what people type between meetings; it stops a script filling the history. */
const ASSESSMENTS_PER_ADDRESS_PER_MINUTE = 120;
/** Participants may render reports too: a PDF costs real CPU, so a script may not ask for hundreds. */
const EXPORTS_PER_ADDRESS_PER_MINUTE = 30;

export interface TrackingRoutesOptions {
  store: Store;
  organiserKey: string;
}

export function trackingRoutes({ store, organiserKey }: TrackingRoutesOptions): Router {
  const router = Router();

  const authorise = (request: Request, action: 'read' | 'write') =>
    authoriseTracking(store, organiserKey, bearerToken(request), String(request.params.id), action);
  const boardOf = async (identity: Identity) => {
    const workshop = await store.findWorkshop(identity.workshopId);
    if (!workshop) throw notFound('no workshop with this id');
    return readTrackingBoard(store, workshop);
  };

  router.get('/api/workshops/:id/tracking', async (request, response) => {
    const board = await boardOf(await authorise(request, 'read'));
    response.set('Cache-Control', 'no-store');
    response.json(board);
  });

  router.post('/api/workshops/:id/tracking/assessments', rateLimitPerAddress(ASSESSMENTS_PER_ADDRESS_PER_MINUTE), async (request, response) => {
    // AUTH, then the use case validates against the board and stores.
    const identity = await authorise(request, 'write');
    const assessment = await recordAssessment(store, identity, await boardOf(identity), request.body);
    response.status(201).json({ assessment });
  });

  router.put('/api/workshops/:id/tracking/submission', rateLimitPerAddress(ASSESSMENTS_PER_ADDRESS_PER_MINUTE), async (request, response) => {
    // AUTH: whoever may write assessments chooses for the coalition; the use case validates and stores.
    const identity = await authorise(request, 'write');
    response.json({ submission: await setSubmissionKind(store, identity, request.body) });
  });

  router.get('/api/workshops/:id/tracking/export/:file', rateLimitPerAddress(EXPORTS_PER_ADDRESS_PER_MINUTE), async (request, response) => {
    // AUTH
    const identity = await authorise(request, 'read');
    // VALIDATION
    const file = String(request.params.file);
    if (!isTrackingFileName(file)) throw notFound('no such tracking export');
    // RESOLUTION: the report's language is the reader's choice, else the workshop's; its word
    // limit the workshop's choice, unless the request asks for the other one (a preview).
    const board = await boardOf(identity);
    const language = isWorkshopLanguage(request.query.lang) ? request.query.lang : board.language;
    const submission = request.query.submission === undefined ? board.submission : submissionKind(request.query.submission);
    const { contentType, bytes } = await renderTrackingFile(file, board, language, submission);
    response.set('Content-Type', contentType);
    response.set('Content-Disposition', `attachment; filename="convene-${board.workshop.id}-${file}"`);
    response.set('Cache-Control', 'no-store');
    response.send(bytes);
  });

  return router;
}
