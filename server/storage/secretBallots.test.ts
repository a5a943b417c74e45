import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchemas, freshSchemaName, requirePostgres, TEST_DATABASE_URL } from '../../tests/support/postgres.js';
import type { BallotChoice, VoteSpec } from '../../shared/votes.js';
import { buildResult } from '../votes/result.js';
import { PostgresStore } from './postgres/PostgresStore.js';
import { SqliteStore } from './sqlite/SqliteStore.js';
import type { BallotRecord, Store } from './Store.js';

const OPTIONS = Array.from({ length: 10 }, (_, i) => `Recommendation 98.${i + 1}`);
const audit = { at: 1000, actorRole: 'facilitator' as const, actorName: 'Facilitator', command: 'vote:open' as const, detail: {} };

/** Every ranking of three of the options: a different one for each voter. */
const RANKINGS = OPTIONS.flatMap((a) => OPTIONS.flatMap((b) => OPTIONS.map((c) => [a, b, c]))).filter(
  ([a, b, c]) => a !== b && b !== c && a !== c,
);
const ranking = (i: number): string[] => RANKINGS[i]!;

const ballot = (voteId: string, i: number, choice: BallotChoice, requestId = `request-${i}`): BallotRecord => ({
  voteId,
  voterKey: `p${i}`,
  participantId: `p${i}`,
  name: `Delegate ${i}`,
  organisation: `Organisation ${i}`,
  requestId,
  choice,
  castAt: 2000 + i,
});

/**
 * Opens a ranking vote, casts a ballot for each of `voters` (the first changes their mind once)
 * and closes it. Returns the ballots counted and every choice ever cast.
 */
async function castAndClose(store: Store, voteId: string, secret: boolean, voters: number) {
  const spec: VoteSpec = {
    kind: 'ranking',
    question: 'Which first?',
    options: OPTIONS,
    franchise: 'participant',
    secret,
    showResults: 'after',
    threshold: 'majority',
  };
  await store.openVote({ id: voteId, workshopId: 'w1', spec, charter: null, openedAt: 1000, closedAt: null, result: null }, audit);
  const cast: BallotChoice[] = [[OPTIONS[9]!, OPTIONS[4]!]];
  await store.castBallot(ballot(voteId, 0, cast[0]!, 'request-first-mind'));
  for (let i = 0; i < voters; i++) {
    cast.push(ranking(i));
    expect(await store.castBallot(ballot(voteId, i, ranking(i)))).toMatch(/cast|replaced/);
  }
  const counted = (await store.closeVote(voteId, 5000))!;
  const ballots = counted.map((b) => ({ ...b, choice: b.choice! }));
  const result = buildResult({ spec, ballots, present: voters, openedAt: 1000, closedAt: 5000, charterHash: null });
  return { counted, result, cast };
}

async function withWorkshop(store: Store): Promise<Store> {
  const workshop = { id: 'w1', title: 'UPR follow-up', country: 'Mongolia', startsOn: null, endsOn: null, joinCode: 'ABCDEF', createdAt: 1 };
  await store.createWorkshop(workshop, []);
  return store;
}

/** Each choice as the store writes it (JSON), with the files of the data folder whose bytes hold it. */
function whereOnDisk(dataDir: string, choices: BallotChoice[]): { choice: string; files: string[] }[] {
  const files = fs.readdirSync(dataDir).map((name) => ({ name, bytes: fs.readFileSync(path.join(dataDir, name)) }));
  return choices.map((choice) => {
    const json = JSON.stringify(choice);
    return { choice: json, files: files.filter(({ bytes }) => bytes.includes(json)).map(({ name }) => name) };
  });
}

describe('SQLite: a secret vote’s choices', () => {
  it('are gone from every file of the data folder once counted, a changed mind’s first choice too', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-secret-'));
    const store = await withWorkshop(SqliteStore.open(dataDir));
    // 150 voters, a full room: their ballots fill several pages, which split as they grow.
    const { counted, result, cast } = await castAndClose(store, 'v1', true, 150);
    expect(new Set(cast.map((choice) => JSON.stringify(choice))).size).toBe(151);
    // Until the vote is counted each ballot's choice is on disk: the search finds them. (The first
    // choice of the one who changed their mind may already be gone: zeroed, and its WAL frames
    // overwritten once a checkpoint restarted the WAL.)
    expect(whereOnDisk(dataDir, counted.map((b) => b.choice!)).filter(({ files }) => files.length === 0)).toEqual([]);

    await store.recordResult('v1', result, { ...audit, command: 'vote:close' }, true);
    expect((await store.listBallots('v1')).map((b) => b.choice)).toEqual(Array(150).fill(null));
    // Cut: at most the header and the one frame the checkpointer writes to start it over.
    expect(fs.statSync(path.join(dataDir, 'convene.sqlite-wal')).size).toBeLessThanOrEqual(32 + 24 + 4096);
    const searched = ['convene.sqlite', 'convene.sqlite-wal', 'convene.sqlite-shm'];
    expect(fs.readdirSync(dataDir)).toEqual(expect.arrayContaining(searched));
    expect(whereOnDisk(dataDir, cast).filter(({ files }) => files.length > 0)).toEqual([]);
    await store.close();
    expect(whereOnDisk(dataDir, cast).filter(({ files }) => files.length > 0)).toEqual([]);
  });

  it('are kept when the vote is not secret', async () => {
    const store = await withWorkshop(SqliteStore.open(fs.mkdtempSync(path.join(os.tmpdir(), 'convene-secret-'))));
    const { counted, result } = await castAndClose(store, 'v1', false, 5);
    await store.recordResult('v1', result, { ...audit, command: 'vote:close' }, false);
    expect((await store.listBallots('v1')).map((b) => b.choice)).toEqual(counted.map((b) => b.choice));
    expect(counted.map((b) => b.choice)).toEqual([0, 1, 2, 3, 4].map(ranking));
    await store.close();
  });
});

describe('PostgreSQL: a secret vote’s choices', () => {
  const schemas: string[] = [];
  afterAll(() => dropSchemas(schemas));

  /** The file the ballots table is stored in: a new one after VACUUM FULL. */
  async function ballotsFile(schema: string): Promise<string> {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ file: string }>('SELECT pg_relation_filepath($1::regclass) AS file', [`"${schema}".ballots`]);
      return rows[0]!.file;
    } finally {
      await client.end();
    }
  }

  async function openStore(): Promise<{ store: Store; schema: string }> {
    await requirePostgres();
    const schema = freshSchemaName();
    schemas.push(schema);
    return { store: await withWorkshop(await PostgresStore.open(TEST_DATABASE_URL, { schema })), schema };
  }

  it('are blanked once counted, and the ballots table rewritten into a new file', async () => {
    const { store, schema } = await openStore();
    const { result } = await castAndClose(store, 'v1', true, 20);
    const before = await ballotsFile(schema);
    await store.recordResult('v1', result, { ...audit, command: 'vote:close' }, true);
    expect((await store.listBallots('v1')).map((b) => b.choice)).toEqual(Array(20).fill(null));
    expect(await ballotsFile(schema)).not.toBe(before);
    await store.close();
  });

  it('are kept, and the table left as it is, when the vote is not secret', async () => {
    const { store, schema } = await openStore();
    const { counted, result } = await castAndClose(store, 'v1', false, 5);
    const before = await ballotsFile(schema);
    await store.recordResult('v1', result, { ...audit, command: 'vote:close' }, false);
    expect((await store.listBallots('v1')).map((b) => b.choice)).toEqual(counted.map((b) => b.choice));
    expect(await ballotsFile(schema)).toBe(before);
    await store.close();
  });
});
