import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabaseLink } from '../support/databaseLink.js';
import { dropSchemas, freshSchemaName, requirePostgres } from '../support/postgres.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

const schemas: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => dropSchemas(schemas));

async function freshSchema(): Promise<string> {
  await requirePostgres();
  const schema = freshSchemaName();
  schemas.push(schema);
  return schema;
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const startedAt = performance.now();
  const value = await work;
  return { value, ms: performance.now() - startedAt };
}

describe('GET /healthz', () => {
  it('answers 200 while PostgreSQL answers, 503 within its 2 s deadline while it does not, and 200 again once it does', async () => {
    const link = await openDatabaseLink(await freshSchema());
    cleanups.push(() => link.close());
    const server = await startTestServer({ databaseUrl: link.url });
    cleanups.push(() => server.close());
    cleanups.push(() => link.restore()); // runs first: a failed test must not leave the close waiting on the cut link
    const health = async () => {
      const response = await fetch(`${server.url}/healthz`);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect(await health()).toEqual({ status: 200, body: { ok: true } });

    link.cut();
    // Probes at once share one ping: the stuck database gathers no query per probe.
    const probes = await timed(Promise.all([health(), health(), health()]));
    const unavailable = { status: 503, body: { ok: false, error: { code: 'internal', message: 'the store did not answer within 2 s' } } };
    expect(probes.value).toEqual([unavailable, unavailable, unavailable]);
    expect(probes.ms).toBeGreaterThanOrEqual(1900);
    expect(probes.ms).toBeLessThan(4000);

    link.restore();
    await waitFor(async () => (await health()).status === 200, 'healthy again');
  });
});
