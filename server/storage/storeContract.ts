/**
 * One behaviour suite for every Store implementation: each store's test file calls it with a
 * factory, so SQLite and PostgreSQL are held to the same rules.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store, WorkshopRecord } from './Store.js';

const workshop = (id: string, joinCode: string): WorkshopRecord => ({
  id,
  title: 'UPR follow-up',
  country: 'Mongolia',
  startsOn: '2015-06-01',
  endsOn: '2015-06-03',
  joinCode,
  createdAt: 1_433_116_800_000,
});

function update(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store`, () => {
    it('keeps workshops, finds them by id and join code, and refuses a duplicate join code', async () => {
      const store = await open();
      await store.createWorkshop(workshop('w1', 'ABCDEF'), []);
      expect(await store.findWorkshop('w1')).toEqual(workshop('w1', 'ABCDEF'));
      expect((await store.findWorkshopByJoinCode('ABCDEF'))?.id).toBe('w1');
      expect(await store.findWorkshop('nope')).toBeNull();
      await expect(store.createWorkshop(workshop('w2', 'ABCDEF'), [])).rejects.toThrow();
      expect(await store.findWorkshop('w2')).toBeNull();
      await store.close();
    });

    it('resolves token hashes to roles and participants', async () => {
      const store = await open();
      await store.createWorkshop(workshop('w1', 'ABCDEF'), [{ hash: 'h-fac', workshopId: 'w1', role: 'facilitator', participantId: null }]);
      await store.addParticipant(
        { id: 'p1', workshopId: 'w1', name: 'Saran', organisation: 'Globe International', createdAt: 1 },
        { hash: 'h-p1', workshopId: 'w1', role: 'participant', participantId: 'p1' },
      );
      expect(await store.findToken('h-fac')).toMatchObject({ role: 'facilitator', workshopId: 'w1', participant: null });
      expect((await store.findToken('h-p1'))?.participant).toMatchObject({ id: 'p1', name: 'Saran' });
      expect(await store.findToken('h-unknown')).toBeNull();
      await store.close();
    });

    it('appends updates in order and loads them back', async () => {
      const store = await open();
      const first = await store.appendUpdates('w1/plan', [update('a'), update('b')]);
      const last = await store.appendUpdates('w1/plan', [update('c')]);
      expect(last).toBeGreaterThan(first);
      await store.appendUpdates('w1/charter', [update('other')]);
      const loaded = await store.loadDocument('w1/plan');
      expect(loaded.snapshot).toBeNull();
      expect(loaded.updates).toHaveLength(3);
      expect(loaded.lastSeq).toBe(last);
      expect(await store.loadDocument('w1/none')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
      await store.close();
    });

    it('compaction replaces updates up to a sequence number and keeps later ones', async () => {
      const store = await open();
      const upTo = await store.appendUpdates('w1/plan', [update('a'), update('b')]);
      await store.appendUpdates('w1/plan', [update('late')]);
      const snapshot = Y.mergeUpdates([update('a'), update('b')]);
      await store.compact('w1/plan', snapshot, upTo);
      const loaded = await store.loadDocument('w1/plan');
      expect(loaded.snapshot).toEqual(snapshot);
      expect(loaded.updates).toHaveLength(1);
      await store.close();
    });
  });
}
