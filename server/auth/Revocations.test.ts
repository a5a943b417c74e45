import { describe, expect, it } from 'vitest';
import { waitFor } from '../../tests/support/waitFor.js';
import type { ChannelListener, SharedChannels } from '../scaleOut/ScaleOut.js';
import { Revocations } from './Revocations.js';

describe('revocations', () => {
  it('marks one participant of one workshop removed, and tells every listener even when one throws', () => {
    process.env.LOG_LEVEL ??= 'silent';
    const revocations = new Revocations();
    const heard: string[] = [];
    revocations.onRevoke(() => {
      throw new Error('a socket that would not close');
    });
    revocations.onRevoke((workshopId, participantId) => heard.push(`${workshopId}/${participantId}`));

    revocations.revoke('w1', 'p1');

    expect(heard).toEqual(['w1/p1']);
    expect(revocations.isRevoked('w1', 'p1')).toBe(true);
    expect(revocations.isRevoked('w2', 'p1')).toBe(false);
    expect(revocations.isRevoked('w1', 'p2')).toBe(false);
    expect(revocations.isRevoked('w1', null)).toBe(false);
  });

  it('announces a removal to the other instances, and applies theirs as its own', async () => {
    let deliver: ChannelListener = () => {};
    const published: string[] = [];
    const channels = {
      instanceId: 'a',
      subscribe: async (_name: string, listener: ChannelListener) => {
        deliver = listener;
        return async () => {};
      },
      publish: async (_name: string, message: Buffer | string) => void published.push(message.toString()),
    } as unknown as SharedChannels;
    const revocations = new Revocations(channels);
    await revocations.ready();
    const closed: string[] = [];
    revocations.onRevoke((workshopId, participantId) => closed.push(`${workshopId}/${participantId}`));

    revocations.revoke('w1', 'p1');
    expect(published.map((m) => JSON.parse(m) as unknown)).toEqual([{ from: 'a', kind: 'removed', workshopId: 'w1', participantId: 'p1' }]);
    deliver(Buffer.from(JSON.stringify({ from: 'b', workshopId: 'w1', participantId: 'p2' })));
    // Its own announcement coming back is not a second removal.
    deliver(Buffer.from(published[0]!));
    expect(closed).toEqual(['w1/p1', 'w1/p2']);
    expect(revocations.isRevoked('w1', 'p2')).toBe(true);
    expect(published).toHaveLength(1);

    // A layer corrected elsewhere closes this instance's connections too, without removing anyone.
    const reopened: string[] = [];
    revocations.onReidentify((workshopId, participantId) => reopened.push(`${workshopId}/${participantId}`));
    deliver(Buffer.from(JSON.stringify({ from: 'b', kind: 'reidentified', workshopId: 'w1', participantId: 'p3' })));
    revocations.reidentify('w1', 'p4');
    expect(reopened).toEqual(['w1/p3', 'w1/p4']);
    expect(JSON.parse(published[1]!)).toEqual({ from: 'a', kind: 'reidentified', workshopId: 'w1', participantId: 'p4' });
    expect(revocations.isRevoked('w1', 'p3')).toBe(false);
    // A malformed announcement harms nothing.
    deliver(Buffer.from(JSON.stringify({ from: 'b', workshopId: 7 })));
    // Nor does one of a kind this version does not know: it is no removal.
    deliver(Buffer.from(JSON.stringify({ from: 'b', kind: 'renamed', workshopId: 'w1', participantId: 'p5' })));
    expect(closed).toHaveLength(2);
    expect(revocations.isRevoked('w1', 'p5')).toBe(false);
  });

  it('closes the connections of someone whose removal announcement was lost, from the stored removals of the workshops open here', async () => {
    process.env.LOG_LEVEL ??= 'silent';
    const revocations = new Revocations();
    const closed: string[] = [];
    revocations.onRevoke((workshopId, participantId) => closed.push(`${workshopId}/${participantId}`));
    revocations.revoke('w1', 'known');
    const stored = new Map([
      ['w1', [{ participantId: 'known', removedAt: 1 }, { participantId: 'lost', removedAt: 2 }]],
      ['w2', [{ participantId: 'elsewhere', removedAt: 3 }]],
    ]);
    const store = { listRemovals: async (workshopId: string) => stored.get(workshopId) ?? [], listParticipants: async () => [] };
    revocations.watchStore(store, () => ['w1', 'w1'], () => [], 10);
    await waitFor(() => closed.length === 2, 'the lost removal applied');
    expect(closed).toEqual(['w1/known', 'w1/lost']);
    expect(revocations.isRevoked('w1', 'lost')).toBe(true);
    // Only the workshops open here are read.
    expect(revocations.isRevoked('w2', 'elsewhere')).toBe(false);
    await revocations.close();
  });

  it('closes the connections of someone held under a layer since corrected, whose announcement was lost', async () => {
    process.env.LOG_LEVEL ??= 'silent';
    const revocations = new Revocations();
    const reopened: string[] = [];
    revocations.onReidentify((workshopId, participantId) => reopened.push(`${workshopId}/${participantId}`));
    const participant = (id: string, layer?: 'government') => ({ id, workshopId: 'w1', name: id, organisation: 'Org', createdAt: 1, ...(layer ? { layer } : {}) });
    const store = { listRemovals: async () => [], listParticipants: async () => [participant('corrected', 'government'), participant('same'), participant('offline', 'government')] };
    // 'corrected' holds a Yjs connection opened as a CSO delegate and a control socket opened after the correction.
    const connected: [string, 'cso' | 'government'][] = [['corrected', 'government'], ['corrected', 'cso'], ['same', 'cso']];
    revocations.watchStore(store, () => ['w1'], () => connected, 10);
    await waitFor(() => reopened.length > 0, 'the stale connection closed');
    expect(new Set(reopened)).toEqual(new Set(['w1/corrected']));
    await revocations.close();
  });
});
