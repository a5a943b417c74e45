/** Invitation list import: the file (CSV or XLSX) as the raw request body, the facilitator token or organiser key as bearer. */
import express, { Router } from 'express';
import type { InvitationList } from '../../../shared/accreditation.js';
import type { Identity } from '../../../shared/api.js';
import { LIMITS } from '../../../shared/limits.js';
import { importInvitationList } from '../../commands/importInvitationList.js';
import { invalid } from '../../errors.js';
import { log } from '../../logger.js';
import { authoriseWorkshop } from '../../policies/workshopAccess.js';
import type { Store } from '../../storage/Store.js';
import { bearerToken } from '../bearer.js';

/** After an import is stored: the control channel audits it and shows the new list. */
export type InvitationsImported = (identity: Identity, list: InvitationList, detail: Record<string, unknown>) => Promise<void>;

export interface InvitationRoutesOptions {
  store: Store;
  organiserKey: string;
  invitationsImported?: InvitationsImported;
}

export function invitationRoutes({ store, organiserKey, invitationsImported }: InvitationRoutesOptions): Router {
  const router = Router();
  const rawBody = express.raw({ type: () => true, limit: LIMITS.maxImportBytes });

  router.post(
    '/api/workshops/:id/invitations/import',
    // AUTH before the body is read.
    async (request, response, next) => {
      response.locals.identity = await authoriseWorkshop(store, organiserKey, bearerToken(request), String(request.params.id), 'runAgenda');
      next();
    },
    rawBody,
    async (request, response) => {
      if (!Buffer.isBuffer(request.body)) throw invalid('send the file itself as the request body (CSV or XLSX), not JSON');
      const identity = response.locals.identity as Identity;
      const outcome = await importInvitationList(store, identity.workshopId, new Uint8Array(request.body), request.get('content-type'));
      if (!outcome.ok) {
        response.status(422).json({ errors: outcome.errors });
        return;
      }
      const detail = { imported: true, organisations: outcome.organisations, delegates: outcome.delegates };
      await invitationsImported?.(identity, outcome.list, detail);
      log.info('invitations.imported', { workshopId: identity.workshopId, organisations: outcome.organisations, delegates: outcome.delegates });
      response.json({ organisations: outcome.organisations, delegates: outcome.delegates, listVersion: outcome.list.version });
    },
  );
  return router;
}
