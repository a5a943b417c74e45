/**
 * `GET /healthz` for load balancers: 200 while the store answers in time, 503 naming the problem
 * otherwise, and 503 as soon as the server begins to stop, so a balancer sends no newcomer to a
 * server that is storing its rooms on the way out.
 */
import type { RequestHandler } from 'express';
import type { ErrorBody } from '../../shared/errors.js';
import { describeError, log } from '../logger.js';
import type { ScaleOut } from '../scaleOut/ScaleOut.js';
import type { Store } from '../storage/Store.js';
import { DeadlineExceeded, withDeadline } from '../util/withDeadline.js';

/** A healthy store answers a trivial query in milliseconds; a probe waits no longer than this. */
const PING_DEADLINE_MS = 2000;

/** Answers with the store's health (and Redis's, when instances share through it); probes that arrive while a ping is out share it. */
export function healthCheck(store: Store, stopping: () => boolean, scaleOut: ScaleOut | null = null): RequestHandler {
  let pinging: Promise<void> | null = null;
  return async (_request, response) => {
    if (stopping()) {
      response.status(503).json({ ok: false, error: { code: 'internal', message: 'the server is stopping' } satisfies ErrorBody });
      return;
    }
    // One ping at a time: a database that does not answer must not gather a stuck query per probe.
    pinging ??= Promise.all([store.ping(), scaleOut?.ping().catch(redisFailed)]).then(() => undefined).finally(() => (pinging = null));
    try {
      await withDeadline(pinging, PING_DEADLINE_MS, 'the store to answer');
      response.json({ ok: true });
    } catch (error) {
      log.warn('health.store_unavailable', { error: describeError(error) });
      response.status(503).json({ ok: false, error: unavailable(error) });
    }
  };
}

/** Redis down: this instance could neither relay its edits nor hear the others', so balancers should send newcomers elsewhere. */
class RedisUnavailable extends Error {}
function redisFailed(error: unknown): never {
  throw new RedisUnavailable('Redis failed a ping', { cause: error });
}

/** The cause in plain words; the database's own message (host names, paths) stays in the log, as this route is public. */
function unavailable(error: unknown): ErrorBody {
  if (error instanceof RedisUnavailable) return { code: 'internal', message: 'Redis, which carries edits between instances, does not answer' };
  const message =
    error instanceof DeadlineExceeded
      ? `the store did not answer within ${PING_DEADLINE_MS / 1000} s`
      : 'the store failed a trivial query';
  return { code: 'internal', message };
}
