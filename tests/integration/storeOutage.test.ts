import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { canonicalCharterText } from '../../shared/charterText.js';
import { adoption, editReceived, openCharterRoom, sha256, writeParagraph } from '../support/charterRoom.js';
import { openDatabaseLink } from '../support/databaseLink.js';
import { dropSchemas, freshSchemaName, requirePostgres, TEST_DATABASE_URL, urlWithSchema } from '../support/postgres.js';
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

/** A connection of the test's own, as another program using the same database. */
async function otherConnection(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  return client;
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
      const body: unknown = await response.json();
      return { status: response.status, body };
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

/** Ways the documents' table stops taking updates while the rest of the database works. */
const outages = [
  {
    // An append waits for the lock: the room's store neither answers nor fails.
    what: 'another connection holds the updates table locked',
    begin: async (db: pg.Client, schema: string) => {
      await db.query('BEGIN');
      await db.query(`LOCK TABLE "${schema}".document_updates IN ACCESS EXCLUSIVE MODE`);
    },
    end: (db: pg.Client) => db.query('ROLLBACK'),
  },
  {
    // An append fails at once: the room keeps the edit queued and retries every second.
    what: 'the updates table refuses every insert',
    begin: (db: pg.Client, schema: string) =>
      db.query(`ALTER TABLE "${schema}".document_updates ADD CONSTRAINT outage CHECK (false) NOT VALID`),
    end: (db: pg.Client, schema: string) => db.query(`ALTER TABLE "${schema}".document_updates DROP CONSTRAINT outage`),
  },
];

describe('an adoption vote while the store cannot take the charter’s last edit', () => {
  for (const outage of outages) {
    it(`answers an error within its deadline and leaves the charter drafting when ${outage.what}; opens once the store recovers`, async () => {
      const schema = await freshSchema();
      const { facilitator, writer, facilitatorDoc } = await openCharterRoom(
        cleanups,
        (client) => writeParagraph(client, 'Ratify OP-CAT.'),
        'Ratify OP-CAT.',
        { databaseUrl: urlWithSchema(schema) },
      );
      const db = await otherConnection();
      cleanups.push(() => db.end());
      await outage.begin(db, schema);
      let over = false;
      const end = async () => {
        if (!over) await outage.end(db, schema);
        over = true;
      };
      cleanups.push(end); // runs before the server's close, which would wait for the edit too

      // Received, queued, not stored: the room relays nothing of it.
      await editReceived(writer, facilitatorDoc, () => writeParagraph(writer, 'Protect human rights defenders.'));
      const { value: refused, ms } = await timed(facilitator.send('vote:open', adoption as never));
      expect(refused).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/not opened.*could not be stored within 3 s/) } });
      expect(ms).toBeGreaterThanOrEqual(2900);
      expect(ms).toBeLessThan(4500);
      // Nothing half-done: drafting again, and no vote in the state or the store.
      await waitFor(() => facilitator.latest()?.charter.frozen === false, 'the charter unfrozen');
      expect(facilitator.latest()).toMatchObject({ charter: { adoptionVoteId: null, adopted: null }, votes: [] });
      expect((await db.query(`SELECT count(*)::int AS n FROM "${schema}".votes`)).rows).toEqual([{ n: 0 }]);

      await end();
      const text = canonicalCharterText(writer.doc);
      await waitFor(() => canonicalCharterText(facilitatorDoc.doc) === text, 'the queued edit stored and relayed');
      expect(await facilitator.send('vote:open', adoption as never)).toMatchObject({ ok: true, charterHash: sha256(text) });
    });
  }
});
