/** Several instances on one PostgreSQL schema through Redis: who may start, and what their health says. */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { dropSchemas, freshSchemaName, requirePostgres, urlWithSchema } from '../support/postgres.js';
import { requireRedis, TEST_REDIS_URL } from '../support/redis.js';
import { startTestServer } from '../support/testServer.js';

const schemas: string[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => dropSchemas(schemas));

function freshDeployment(): string {
  const schema = freshSchemaName();
  schemas.push(schema);
  return urlWithSchema(schema);
}

describe('instances sharing a schema through Redis', () => {
  it('lets a second instance start on the schema and both answer healthy', async () => {
    await Promise.all([requirePostgres(), requireRedis()]);
    const databaseUrl = freshDeployment();
    const first = await startTestServer({ databaseUrl, redisUrl: TEST_REDIS_URL });
    cleanups.push(() => first.close());
    const second = await startTestServer({ databaseUrl, redisUrl: TEST_REDIS_URL, organiserKey: first.organiserKey });
    cleanups.push(() => second.close());
    for (const server of [first, second]) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('refuses to start with a clear message when Redis cannot be reached', async () => {
    await requirePostgres();
    const refused = await startTestServer({ databaseUrl: freshDeployment(), redisUrl: 'redis://127.0.0.1:1' }).then(
      (server) => server.close().then(() => null),
      (error: unknown) => error,
    );
    expect((refused as Error).message).toMatch(/REDIS_URL cannot be reached \(redis:\/\/127\.0\.0\.1:1\)/);
  });
});
