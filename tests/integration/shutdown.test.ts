import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createWorkshop } from '../support/api.js';
import { editReceived } from '../support/charterRoom.js';
import { openDatabaseLink } from '../support/databaseLink.js';
import { dropSchemas, freshSchemaName, requirePostgres } from '../support/postgres.js';
import { type ChildServer, freshDataDir, startChildServer } from '../support/testServer.js';
import { connectStock, synced } from '../support/yjsClients.js';
import { waitFor } from '../support/waitFor.js';

const schemas: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => dropSchemas(schemas));

/** The events the child has logged so far, in order. */
function loggedEvents(server: ChildServer): () => string[] {
  let output = '';
  server.process.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return () =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { event: string }).event);
}

/**
 * A server on PostgreSQL whose database stops answering (the link to it is cut) just before an
 * edit arrives: the edit's room waits for the store, so storing every room at stop waits too.
 */
async function serverWaitingForItsDatabase() {
  await requirePostgres();
  const schema = freshSchemaName();
  schemas.push(schema);
  const link = await openDatabaseLink(schema);
  cleanups.push(() => link.close());
  const dataDir = freshDataDir();
  const server = await startChildServer(dataDir, { DATABASE_URL: link.url });
  cleanups.push(() => {
    server.process.kill('SIGKILL');
  });
  const events = loggedEvents(server);
  const workshop = await createWorkshop(server.url, fs.readFileSync(path.join(dataDir, 'organiser-key'), 'utf8').trim());
  const [author, observer] = [0, 1].map(() => connectStock(server.url, workshop.id, 'experiences', workshop.facilitatorToken));
  cleanups.push(() => author!.destroy(), () => observer!.destroy());
  await Promise.all([synced(author!), synced(observer!)]);

  link.cut();
  await editReceived(author!, observer!, () => author!.text.insert(0, 'never stored'));
  return { server, events };
}

describe('stopping on SIGTERM and SIGINT', () => {
  it('gives up after 10 s when the database does not answer, and exits 1 saying so', async () => {
    const { server, events } = await serverWaitingForItsDatabase();
    const startedAt = performance.now();
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    const ms = performance.now() - startedAt;
    expect(ms).toBeGreaterThanOrEqual(9900);
    expect(ms).toBeLessThan(14_000);
    expect(events()).toContain('server.stop_timeout');
    expect(events()).not.toContain('server.stopped');
  });

  it('a second signal while the stop waits exits 1 at once', async () => {
    const { server, events } = await serverWaitingForItsDatabase();
    server.process.kill('SIGTERM');
    await waitFor(() => events().includes('server.signal'), 'the stop began');
    const startedAt = performance.now();
    server.process.kill('SIGINT');
    expect(await server.exited).toBe(1);
    expect(performance.now() - startedAt).toBeLessThan(2000);
    expect(events()).toContain('server.stop_interrupted');
    expect(events()).not.toContain('server.stop_timeout');
  });
});
