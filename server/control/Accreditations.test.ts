import { afterAll, describe, expect, it } from 'vitest';
import { dropSchemas, freshSchemaName, requirePostgres, TEST_DATABASE_URL } from '../../tests/support/postgres.js';
import type { SharedChannels } from '../scaleOut/ScaleOut.js';
import { PostgresStore } from '../storage/postgres/PostgresStore.js';
import { Accreditations } from './Accreditations.js';

const schemas: string[] = [];
const closing: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closing.splice(0).reverse()) await close();
  await dropSchemas(schemas);
});

/** Channels whose announcements all get lost: only the periodic re-read or the store brings news. */
function lostAnnouncements(instanceId: string): SharedChannels {
  return {
    instanceId,
    namespace: 'test',
    publisher: null as never,
    publish: async () => {},
    subscribe: async () => async () => {},
    ping: async () => {},
    close: async () => {},
  };
}

async function twoInstances(recheckMs: number) {
  await requirePostgres();
  const schema = freshSchemaName();
  schemas.push(schema);
  const stores = [await PostgresStore.open(TEST_DATABASE_URL, { schema }), await PostgresStore.open(TEST_DATABASE_URL, { schema })];
  const a = stores[0]!;
  await a.createWorkshop({ id: 'w1', title: 'UPR', country: 'Mongolia', startsOn: '', endsOn: '', joinCode: 'ABCDEF', createdAt: 1 }, []);
  await a.editInvitationList('w1', { organisations: [{ id: 'osf', name: 'Open Society Forum', aliases: [], returning: false }] });
  await a.addParticipant(
    { id: 'p1', workshopId: 'w1', name: 'Tuya', organisation: 'OSF', createdAt: 2 },
    { hash: 'h1', workshopId: 'w1', role: 'participant', participantId: 'p1' },
    { participantId: 'p1', organisationId: null, delegateId: null, admission: 'waiting', admittedAt: null },
  );
  const b = new Accreditations(stores[1]!, lostAnnouncements('b'), recheckMs);
  closing.push(async () => {
    await b.close();
    for (const store of stores) await store.close();
  });
  await b.load('w1');
  expect(b.waiting('w1').map((w) => w.participantId)).toEqual(['p1']);
  const admit = () => a.setAccreditation('w1', { participantId: 'p1', organisationId: 'osf', delegateId: null, admission: 'admitted', admittedAt: 3 });
  return { b, admit };
}

describe('Accreditations across instances', () => {
  it('a ballot reads the standing from the store, before the news of an admission elsewhere arrives', async () => {
    const { b, admit } = await twoInstances(60_000);
    await admit();
    expect(b.standing('w1', 'p1')?.admission).toBe('waiting'); // the announcement was lost
    expect((await b.forBallot('w1', 'p1')).standing).toMatchObject({ admission: 'admitted', organisationId: 'osf' });
  });

  it('a facilitator’s decision reads the book from the store first, not a copy a lost announcement left behind', async () => {
    const { b, admit } = await twoInstances(60_000);
    await admit();
    expect(b.waiting('w1').map((w) => w.participantId)).toEqual(['p1']);
    await b.current('w1');
    expect(b.waiting('w1')).toEqual([]);
  });

  it('the periodic re-read catches up a lost announcement and tells the room', async () => {
    const { b, admit } = await twoInstances(100);
    const told: string[] = [];
    b.onReplaced((workshopId) => told.push(workshopId));
    await admit();
    await expect.poll(() => b.waiting('w1')).toEqual([]);
    expect(b.standing('w1', 'p1')?.admission).toBe('admitted');
    expect(told).toContain('w1');
  });
});
