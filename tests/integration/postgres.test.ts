import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { dropSchemas, freshSchemaName, requirePostgres, TEST_DATABASE_URL, urlWithSchema } from '../support/postgres.js';
import { freshDataDir, startTestServer } from '../support/testServer.js';
import { connectStock, type StockClient, synced } from '../support/yjsClients.js';
import { waitFor } from '../support/waitFor.js';

const schema = freshSchemaName();
const databaseUrl = urlWithSchema(schema);
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const schemas = [schema];
afterAll(() => dropSchemas(schemas));

function connect(url: string, workshopId: string, token: string): StockClient {
  const client = connectStock(url, workshopId, 'experiences', token);
  cleanups.push(() => client.destroy());
  return client;
}

/** A document's rows, read with a connection of our own in the test's schema. */
async function countRows(document: string): Promise<{ snapshots: number; updates: number }> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ snapshots: number; updates: number }>(
      `SELECT (SELECT count(*)::int FROM "${schema}".document_snapshots WHERE document = $1) AS snapshots,
              (SELECT count(*)::int FROM "${schema}".document_updates WHERE document = $1) AS updates`,
      [document],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

describe('the server on PostgreSQL (DATABASE_URL)', () => {
  it('two stock clients co-edit, and after a restart on another data folder the content is still there', async () => {
    await requirePostgres();
    // A data folder that does not exist yet: with PostgreSQL only the organiser key needs it.
    const first = await startTestServer({ databaseUrl, dataDir: path.join(freshDataDir(), 'data') });
    cleanups.push(() => first.close()); // closing twice is a no-op; this one is for a failure half-way
    const workshop = await createWorkshop(first.url, first.organiserKey);
    const alice = connect(first.url, workshop.id, (await joinWorkshop(first.url, workshop, 'Alice')).token);
    const bold = connect(first.url, workshop.id, (await joinWorkshop(first.url, workshop, 'Bold')).token);
    await Promise.all([synced(alice), synced(bold)]);

    alice.text.insert(0, 'Torture prevention. ');
    bold.text.insert(0, 'Child rights. ');
    await waitFor(() => alice.text.toString().length === 34 && bold.text.toString().length === 34, 'both edits everywhere');
    const seen = alice.text.toString();
    expect(bold.text.toString()).toBe(seen);
    alice.destroy();
    bold.destroy();
    await first.close();
    // Nothing went to SQLite: the data folder holds only the organiser key.
    expect(fs.readdirSync(first.dataDir)).toEqual(['organiser-key']);
    // Closing unloaded the room: its log was compacted into a snapshot in the schema the URL names.
    expect(await countRows(`${workshop.id}/experiences`)).toEqual({ snapshots: 1, updates: 0 });

    // A fresh data folder: whatever the second server knows, it read from PostgreSQL.
    const second = await startTestServer({ databaseUrl, organiserKey: first.organiserKey });
    cleanups.push(() => second.close());
    const reader = connect(second.url, workshop.id, workshop.facilitatorToken);
    await synced(reader);
    expect(reader.text.toString()).toBe(seen);
  });
});

describe('one server per PostgreSQL schema', () => {
  it('refuses a second server on a schema in use, naming the first, and starts once the first has stopped', async () => {
    await requirePostgres();
    const claimed = freshSchemaName();
    schemas.push(claimed);
    const url = urlWithSchema(claimed);
    const first = await startTestServer({ databaseUrl: url });
    cleanups.push(() => first.close());

    const refused = await startTestServer({ databaseUrl: url }).then(
      (server) => server.close().then(() => null),
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toMatch(/another Convene server \(.+ pid \d+, since .+\) is using the PostgreSQL schema/);

    await first.close();
    const second = await startTestServer({ databaseUrl: url, organiserKey: first.organiserKey });
    cleanups.push(() => second.close());
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
  });
});
