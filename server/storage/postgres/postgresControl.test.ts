import { afterAll, describe, expect, it } from 'vitest';
import type { AuditEntry, ControlRecord } from '../../../shared/events.js';
import { dropSchemas, freshSchemaName, requirePostgres, TEST_DATABASE_URL } from '../../../tests/support/postgres.js';
import { initialRecord } from '../../control/ControlStates.js';
import { PostgresStore } from './PostgresStore.js';

const schemas: string[] = [];
const stores: PostgresStore[] = [];
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await dropSchemas(schemas);
});

/** Two stores on one fresh schema, as two instances have, with workshop w1 and its record (at version 0). */
async function twoInstances(): Promise<[PostgresStore, PostgresStore]> {
  await requirePostgres();
  const schema = freshSchemaName();
  schemas.push(schema);
  const first = await PostgresStore.open(TEST_DATABASE_URL, { schema });
  const second = await PostgresStore.open(TEST_DATABASE_URL, { schema });
  stores.push(first, second);
  await first.createWorkshop({ id: 'w1', title: 'UPR', country: 'Mongolia', startsOn: '', endsOn: '', joinCode: 'ABCDEF', createdAt: 1 }, []);
  await first.saveControl('w1', initialRecord(), audit('workshop:language'));
  return [first, second];
}

const audit = (command: AuditEntry['command']): Omit<AuditEntry, 'id'> => ({ at: 1, actorRole: 'facilitator', actorName: 'F', command, detail: {} });

/** Appends a spotlit marker to the record's priorities: a change that is lost if one edit overwrites another. */
const mark = (label: string) => (stored: ControlRecord | null) => {
  const record = structuredClone(stored ?? initialRecord());
  record.priorities[label] = 'high';
  return { record, audit: audit('priority:set'), result: label };
};

describe('the shared control record (PostgreSQL)', () => {
  it('two instances changing the record at once take turns: every change is kept, each at its own version', async () => {
    const [first, second] = await twoInstances();
    const labels = Array.from({ length: 40 }, (_, i) => `r${i}`);
    const changes = await Promise.all(labels.map((label, i) => (i % 2 ? first : second).sharedControl().changeControl('w1', mark(label))));
    const stored = await first.sharedControl().loadControl('w1');
    expect(Object.keys(stored!.record.priorities).sort()).toEqual([...labels].sort());
    expect(changes.map((change) => change.version).sort((a, b) => a - b)).toEqual(labels.map((_, i) => i + 1));
    expect(stored!.version).toBe(40);
    expect((await first.listAudit('w1', 100)).filter((entry) => entry.command === 'priority:set')).toHaveLength(40);
  });

  it('a refused edit stores nothing, not even its audit line', async () => {
    const [first] = await twoInstances();
    const refused = first.sharedControl().changeControl('w1', () => {
      throw new Error('refused');
    });
    await expect(refused).rejects.toThrow('refused');
    expect((await first.sharedControl().loadControl('w1'))!.version).toBe(0);
    expect(await first.listAudit('w1', 10)).toHaveLength(1);
  });

  it('creates a missing record once, whoever changes it first', async () => {
    const [first, second] = await twoInstances();
    await first.createWorkshop({ id: 'w2', title: 'UPR', country: 'Mongolia', startsOn: '', endsOn: '', joinCode: 'GHJKLM', createdAt: 1 }, []);
    const seen: (ControlRecord | null)[] = [];
    const edit = (label: string) => (stored: ControlRecord | null) => {
      seen.push(stored);
      return mark(label)(stored);
    };
    await Promise.all([first.sharedControl().changeControl('w2', edit('a')), second.sharedControl().changeControl('w2', edit('b'))]);
    const stored = await second.sharedControl().loadControl('w2');
    expect(Object.keys(stored!.record.priorities).sort()).toEqual(['a', 'b']);
    expect(stored!.version).toBe(2);
    expect(seen.filter((record) => record === null).length).toBeGreaterThanOrEqual(1);
  });

  it('stores a first record once: every instance starts from the same one', async () => {
    const [first, second] = await twoInstances();
    await first.createWorkshop({ id: 'w2', title: 'UPR', country: 'Mongolia', startsOn: '', endsOn: '', joinCode: 'GHJKLM', createdAt: 1 }, []);
    const [a, b] = await Promise.all([first.sharedControl().createControl('w2', initialRecord()), second.sharedControl().createControl('w2', initialRecord())]);
    expect(a).toEqual(b);
    expect(a.version).toBe(0);
    await first.sharedControl().changeControl('w2', mark('kept'));
    expect((await second.sharedControl().createControl('w2', initialRecord())).record.priorities).toEqual({ kept: 'high' });
  });

  it('reads the versions of many workshops in one query, leaving out those without a record', async () => {
    const [first, second] = await twoInstances();
    await second.sharedControl().changeControl('w1', mark('x'));
    expect(await first.sharedControl().controlVersions(['w1', 'nowhere'])).toEqual(new Map([['w1', 1]]));
    expect(await first.sharedControl().controlVersions([])).toEqual(new Map());
  });
});
