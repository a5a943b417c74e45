import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import type { Store } from '../storage/Store.js';
import { healthCheck } from './health.js';

/** The status and body a handler answered with. */
async function probe(handler: ReturnType<typeof healthCheck>): Promise<{ status: number; body: unknown }> {
  const answer = { status: 200, body: undefined as unknown };
  const response = {
    status(code: number) {
      answer.status = code;
      return response;
    },
    json(body: unknown) {
      answer.body = body;
      return response;
    },
  };
  await handler({} as Request, response as unknown as Response, () => undefined);
  return answer;
}

const answering = { ping: () => Promise.resolve() } as unknown as Store;

describe('the health check', () => {
  it('answers 200 while the store answers, and 503 from the moment the server begins to stop', async () => {
    let stopping = false;
    const handler = healthCheck(answering, () => stopping);
    expect(await probe(handler)).toEqual({ status: 200, body: { ok: true } });
    stopping = true;
    expect(await probe(handler)).toEqual({ status: 503, body: { ok: false, error: { code: 'internal', message: 'the server is stopping' } } });
  });
});
