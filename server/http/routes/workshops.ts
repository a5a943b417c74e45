/** The workshop API: create (organiser), join (participants), who-am-I (any token). */
import { Router, type Request } from 'express';
import type { LinkBase } from '../../../shared/links.js';
import { claimInvitationRequest, createWorkshopRequest, joinCode, joinRequest, type JoinCodeLookupResponse, type MeResponse } from '../../../shared/api.js';
import { LIMITS } from '../../../shared/limits.js';
import { createWorkshop } from '../../commands/createWorkshop.js';
import { claimInvitation } from '../../commands/claimInvitation.js';
import { type JoinListener, joinWorkshop } from '../../commands/joinWorkshop.js';
import { notFound } from '../../errors.js';
import { log } from '../../logger.js';
import { authoriseOrganiser } from '../../policies/organiser.js';
import { authenticateFor } from '../../policies/workshopAccess.js';
import type { Revocations } from '../../auth/Revocations.js';
import type { ControlStates } from '../../control/ControlStates.js';
import { KeyedQueue } from '../../util/KeyedQueue.js';
import type { Store } from '../../storage/Store.js';
import { bearerToken } from '../bearer.js';
import { rateLimitPerAddress } from '../rateLimit.js';

export interface WorkshopRoutesOptions {
  store: Store;
  /** The control records: a join reads the workshop's entry mode there. */
  controls: ControlStates;
  /** A claim resumes no session of a participant removed a moment ago. */
  revocations: Revocations;
  organiserKey: string;
  baseUrl: (request: Request) => LinkBase;
  participantJoined?: JoinListener;
}

export function workshopRoutes({ store, controls, revocations, organiserKey, baseUrl, participantJoined }: WorkshopRoutesOptions): Router {
  const router = Router();
  const joinLimit = rateLimitPerAddress(LIMITS.joinsPerAddressPerMinute);

  router.post('/api/workshops', async (request, response) => {
    // AUTH
    authoriseOrganiser(bearerToken(request), organiserKey);
    // VALIDATION
    const input = createWorkshopRequest.parse(request.body ?? {});
    // RESOLUTION
    const created = await createWorkshop(store, input, baseUrl(request));
    log.info('workshop.created', { workshopId: created.id });
    response.status(201).json(created);
  });

  router.get('/api/join-codes/:code', joinLimit, async (request, response) => {
    const code = joinCode.safeParse(request.params.code);
    const workshop = code.success ? await store.findWorkshopByJoinCode(code.data) : null;
    if (!workshop) throw notFound('no workshop has this join code');
    const control = await controls.load(workshop.id);
    const body: JoinCodeLookupResponse = { workshopId: workshop.id, title: workshop.title, entryMode: control.entryMode, dialogue: control.dialogue !== null };
    response.json(body);
  });

  router.post('/api/workshops/:id/participants', joinLimit, async (request, response) => {
    const input = joinRequest.parse(request.body ?? {});
    const joined = await joinWorkshop(store, controls, String(request.params.id), input, participantJoined);
    log.info('participant.joined', { workshopId: request.params.id, participantId: joined.participantId });
    response.status(201).json(joined);
  });

  const claims = new KeyedQueue();
  router.post('/api/workshops/:id/invitation-claims', joinLimit, async (request, response) => {
    const input = claimInvitationRequest.parse(request.body ?? {});
    const claimed = await claimInvitation({ store, revocations, claims, joined: participantJoined }, String(request.params.id), input);
    log.info('participant.invitation_claimed', { workshopId: request.params.id, participantId: claimed.participantId, resumed: claimed.resumed });
    response.status(claimed.resumed ? 200 : 201).json(claimed);
  });

  router.get('/api/workshops/:id/me', async (request, response) => {
    const identity = await authenticateFor(store, bearerToken(request), String(request.params.id));
    const workshop = await store.findWorkshop(identity.workshopId);
    if (!workshop) throw notFound('no workshop with this id');
    const { createdAt: _createdAt, ...summary } = workshop;
    // Participants hand out no links; the others see where links start and whether phones can open them.
    const body: MeResponse = { workshop: summary, identity, linkBase: identity.role === 'participant' ? null : baseUrl(request) };
    response.json(body);
  });

  return router;
}
