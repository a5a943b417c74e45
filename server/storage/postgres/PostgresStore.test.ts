import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dropSchemas, freshSchemaName, requirePostgres, TEST_DATABASE_URL, urlWithSchema } from '../../../tests/support/postgres.js';
import { parseTarget } from './postgresConnection.js';
import { PostgresStore } from './PostgresStore.js';
import { storeContract } from '../storeContract.testSuite.js';

// Each store the suite opens gets its own schema, as each SQLite store gets its own file.
const schemas: string[] = [];
afterAll(() => dropSchemas(schemas));

storeContract('PostgreSQL', async () => {
  await requirePostgres();
  const schema = freshSchemaName();
  schemas.push(schema);
  return PostgresStore.open(TEST_DATABASE_URL, { schema });
});

describe('PostgreSQL connection', () => {
  it('reads the schema from the URL, and keeps the password out of what it logs', () => {
    const target = parseTarget('postgres://convene:s3cret@db.example:5432/convene?schema=venue_a&sslmode=require');
    expect(target.schema).toBe('venue_a');
    expect(target.connectionString).toBe('postgres://convene:s3cret@db.example:5432/convene?sslmode=require');
    expect(target.location).not.toContain('s3cret');
    expect(target.location).toContain('schema=venue_a');
    expect(parseTarget('postgres://localhost/convene?schema=a', { schema: 'b' }).schema).toBe('b');
    expect(parseTarget('postgres://localhost/convene').schema).toBeNull();
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => parseTarget('postgres://localhost/convene?schema=a";DROP TABLE x;--')).toThrow(/plain identifier/);
    expect(() => parseTarget('postgres://localhost/convene?schema=Venue')).toThrow(/lower-case/);
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL without repeating it (it may hold a password)', () => {
    for (const wrong of ['convene:s3cret@db', 'mysql://convene:s3cret@db/convene', 's3cret@db:5432']) {
      expect(() => parseTarget(wrong)).toThrow(/DATABASE_URL is not a PostgreSQL URL/);
      expect(() => parseTarget(wrong)).not.toThrow(/s3cret/);
    }
  });

  it('says which database it could not open, without the password', async () => {
    const opening = PostgresStore.open('postgres://convene:s3cret@127.0.0.1:1/convene');
    await expect(opening).rejects.toThrow(/cannot open PostgreSQL at postgres:\/\/convene:\*\*\*@127\.0\.0\.1:1\/convene/);
    await expect(opening).rejects.not.toThrow(/s3cret/);
  });

  it('reopens an existing schema named in the URL and finds what it stored', async () => {
    await requirePostgres();
    const schema = freshSchemaName();
    schemas.push(schema);
    const first = await PostgresStore.open(urlWithSchema(schema));
    await first.appendUpdates('w1/plan', [new Uint8Array([1, 2, 3])]);
    await first.close();
    await first.close();
    const second = await PostgresStore.open(urlWithSchema(schema));
    expect(await second.loadDocument('w1/plan')).toEqual({ snapshot: null, updates: [{ seq: 1, data: new Uint8Array([1, 2, 3]) }], lastSeq: 1 });
    await second.close();
  });
});

describe('PostgreSQL documents shared by several instances', () => {
  const bytes = (i: number) => new Uint8Array([i & 255, i >> 8]);

  it('numbers one document\'s appends from two instances without gaps, in commit order', async () => {
    await requirePostgres();
    const schema = freshSchemaName();
    schemas.push(schema);
    const [a, b] = [await PostgresStore.open(urlWithSchema(schema)), await PostgresStore.open(urlWithSchema(schema))];
    try {
      const lasts = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).appendUpdates('w1/plan', [bytes(i), bytes(i + 100)])));
      expect(lasts.toSorted((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => 2 * (i + 1)));
      const loaded = await a.loadDocument('w1/plan');
      expect(loaded.updates.map((u) => u.seq)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
      // Each batch holds two consecutive numbers, in its own order.
      for (const last of lasts) expect(loaded.updates[last - 2]!.data[0]! + 100).toBe(loaded.updates[last - 1]!.data[0]!);
      expect(await b.appendUpdates('w1/other', [bytes(1)])).toBe(1);
      expect(await b.documentHeads(['w1/plan', 'w1/other', 'w1/none'])).toEqual(new Map([['w1/plan', 80], ['w1/other', 1]]));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('reads what follows a position, with the snapshot when a compaction folded some of it in', async () => {
    await requirePostgres();
    const schema = freshSchemaName();
    schemas.push(schema);
    const store = await PostgresStore.open(urlWithSchema(schema));
    try {
      const edit = (text: string) => {
        const doc = new Y.Doc();
        doc.getText('t').insert(0, text);
        return Y.encodeStateAsUpdate(doc);
      };
      const [one, two, three] = [edit('one'), edit('two'), edit('three')];
      await store.appendUpdates('w1/plan', [one, two]);
      expect(await store.loadDocumentAfter('w1/plan', 1)).toEqual({ snapshot: null, updates: [{ seq: 2, data: two }], lastSeq: 2 });
      expect(await store.loadDocumentAfter('w1/plan', 2)).toEqual({ snapshot: null, updates: [], lastSeq: 2 });
      const snapshot = Y.mergeUpdates([one, two]);
      await store.compact('w1/plan', snapshot, 2);
      await store.appendUpdates('w1/plan', [three]);
      expect(await store.loadDocumentAfter('w1/plan', 1)).toEqual({ snapshot, updates: [{ seq: 3, data: three }], lastSeq: 3 });
      expect(await store.loadDocumentAfter('w1/plan', 2)).toEqual({ snapshot: null, updates: [{ seq: 3, data: three }], lastSeq: 3 });
    } finally {
      await store.close();
    }
  });
});
