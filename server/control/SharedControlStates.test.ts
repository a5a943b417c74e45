import { afterAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/events.js';
import { dropSchemas, freshSchemaName, requirePostgres, TEST_DATABASE_URL } from '../../tests/support/postgres.js';
import type { CatchUp, ControlReplication } from '../scaleOut/ControlReplication.js';
import { PostgresStore } from '../storage/postgres/PostgresStore.js';
import { SharedControlStates } from './SharedControlStates.js';

const schemas: string[] = [];
const closing: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closing.splice(0).reverse()) await close();
  await dropSchemas(schemas);
});

/** Replication whose notices all get lost: only the periodic version check can bring a copy up to date. */
function lostNotices(): ControlReplication & { announced: number[] } {
  const announced: number[] = [];
  const fake = {
    announced,
    start: async (_catchUp: CatchUp) => {},
    announce: async (_workshopId: string, version: number) => void announced.push(version),
    stop: async () => {},
  };
  return fake as unknown as ControlReplication & { announced: number[] };
}

async function twoInstances(recheckMs: number) {
  await requirePostgres();
  const schema = freshSchemaName();
  schemas.push(schema);
  const stores = [await PostgresStore.open(TEST_DATABASE_URL, { schema }), await PostgresStore.open(TEST_DATABASE_URL, { schema })];
  await stores[0]!.createWorkshop({ id: 'w1', title: 'UPR', country: 'Mongolia', startsOn: '', endsOn: '', joinCode: 'ABCDEF', createdAt: 1 }, []);
  const replications = [lostNotices(), lostNotices()];
  const instances = stores.map((store, i) => new SharedControlStates(store, store.sharedControl(), replications[i]!, recheckMs));
  closing.push(async () => {
    for (const instance of instances) await instance.close();
    for (const store of stores) await store.close();
  });
  return { a: instances[0]!, b: instances[1]!, replications };
}

const audit: Omit<AuditEntry, 'id'> = { at: 1, actorRole: 'facilitator', actorName: 'F', command: 'section:lock', detail: {} };
const lock = (section: 'plan' | 'strategy') => (draft: Parameters<Parameters<SharedControlStates['change']>[1]>[0]) => {
  draft.locks[section] = true;
  return { result: null, audit };
};

describe('SharedControlStates', () => {
  it('two instances start from the same stored record, even for a workshop that had none', async () => {
    const { a, b } = await twoInstances(60_000);
    const [first, second] = await Promise.all([a.load('w1'), b.load('w1')]);
    expect(second.agenda).toEqual(first.agenda);
  });

  it('edits what is stored, not its own copy: a change made elsewhere is kept even before this copy heard of it', async () => {
    const { a, b, replications } = await twoInstances(60_000);
    await Promise.all([a.load('w1'), b.load('w1')]);
    await a.change('w1', lock('plan'));
    expect(b.isLocked('w1', 'plan')).toBe(false); // its notice was lost
    const { record } = await b.change('w1', lock('strategy'));
    expect(record.locks).toMatchObject({ plan: true, strategy: true });
    expect(b.isLocked('w1', 'plan')).toBe(true);
    expect([replications[0]!.announced, replications[1]!.announced]).toEqual([[1], [2]]);
  });

  it('a copy whose notice was lost catches up at the next version check and tells the channel', async () => {
    const { a, b } = await twoInstances(50);
    await Promise.all([a.load('w1'), b.load('w1')]);
    const replaced: string[] = [];
    b.onReplaced((workshopId) => replaced.push(workshopId));
    await a.change('w1', lock('plan'));
    await expect.poll(() => b.isLocked('w1', 'plan'), { timeout: 2000 }).toBe(true);
    expect(b.version('w1')).toBe(1);
    expect(replaced).toEqual(['w1']);
  });
});
