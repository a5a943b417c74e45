import { describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/api.js';
import { AwarenessStates } from './awarenessStates.js';

const alice: Identity = { role: 'participant', workshopId: 'w', participantId: 'pa', name: 'Alice', organisation: 'Org A' };
const bold: Identity = { role: 'participant', workshopId: 'w', participantId: 'pb', name: 'Bold', organisation: 'Org B' };

describe('AwarenessStates', () => {
  it('stamps the server-side identity over whatever name the client claims', () => {
    const states = new AwarenessStates<string>();
    const [relayed] = states.apply('conn-a', alice, [{ clientId: 1, clock: 1, state: { user: { name: 'Facilitator', color: '#aa0000' }, cursor: 5 } }]);
    expect(relayed?.state).toEqual({
      cursor: 5,
      user: { name: 'Alice', organisation: 'Org A', role: 'participant', participantId: 'pa', color: '#aa0000' },
    });
  });

  it('drops a colour that is not a plain hex colour', () => {
    const states = new AwarenessStates<string>();
    const [relayed] = states.apply('conn-a', alice, [{ clientId: 1, clock: 1, state: { user: { color: 'red;background:url(x)' } } }]);
    expect((relayed?.state?.user as Record<string, unknown>).color).toBeUndefined();
  });

  it('lets no connection speak for a client id another connection introduced', () => {
    const states = new AwarenessStates<string>();
    states.apply('conn-a', alice, [{ clientId: 1, clock: 1, state: { cursor: 1 } }]);
    expect(states.apply('conn-b', bold, [{ clientId: 1, clock: 5, state: { cursor: 99 } }])).toEqual([]);
    expect(states.apply('conn-b', bold, [{ clientId: 1, clock: 6, state: null }])).toEqual([]);
    expect(states.all()[0]?.state?.cursor).toBe(1);
  });

  it('ignores old clocks and removes a connection’s states when it leaves', () => {
    const states = new AwarenessStates<string>();
    states.apply('conn-a', alice, [{ clientId: 1, clock: 2, state: { cursor: 2 } }]);
    expect(states.apply('conn-a', alice, [{ clientId: 1, clock: 1, state: { cursor: 1 } }])).toEqual([]);
    expect(states.removeOwner('conn-a')).toEqual([{ clientId: 1, clock: 3, state: null }]);
    expect(states.all()).toEqual([]);
  });

  it('keeps what another instance relayed apart: echoes ignored, taken over by a newer clock, dropped with its instance', () => {
    const states = new AwarenessStates<string>((owner) => owner.startsWith('instance-'));
    const stamped = { user: { name: 'Alice', participantId: 'pa' }, cursor: 1 };
    expect(states.apply('conn-b', bold, [{ clientId: 2, clock: 1, state: { cursor: 4 } }])).toHaveLength(1);
    expect(states.applyRelayed('instance-a', [{ clientId: 1, clock: 3, state: stamped }])).toEqual([{ clientId: 1, clock: 3, state: stamped }]);
    // A stock client here echoes every state it knows, at its clock: not an owner change.
    expect(states.apply('conn-b', bold, [{ clientId: 1, clock: 3, state: { cursor: 9 } }])).toEqual([]);
    expect(states.all(true).map((entry) => entry.clientId)).toEqual([2]);
    // A peer's removal never removes a client connected here.
    expect(states.applyRelayed('instance-a', [{ clientId: 2, clock: 9, state: null }])).toEqual([]);
    expect(states.removeOwner('instance-a')).toEqual([{ clientId: 1, clock: 4, state: null }]);

    // Alice moved here from the relaying instance and renewed her state: hers now, not the instance's.
    states.applyRelayed('instance-a', [{ clientId: 1, clock: 5, state: stamped }]);
    expect(states.apply('conn-a', alice, [{ clientId: 1, clock: 6, state: { cursor: 2 } }])).toHaveLength(1);
    expect(states.removeOwner('instance-a')).toEqual([]);
    expect(states.all().map((entry) => entry.clientId).sort()).toEqual([1, 2]);
  });

  it('lets no one take over a caret by its client id across instances: only the same participant may', () => {
    const states = new AwarenessStates<string>((owner) => owner.startsWith('instance-'));
    const aliceThere = { user: { name: 'Alice', participantId: 'pa' }, cursor: 1 };
    states.applyRelayed('instance-a', [{ clientId: 1, clock: 3, state: aliceThere }]);
    // Bold, here, claims Alice's client id with a higher clock: refused.
    expect(states.apply('conn-b', bold, [{ clientId: 1, clock: 50, state: { cursor: 9 } }])).toEqual([]);
    expect(states.all()[0]?.state).toEqual(aliceThere);

    // Bold's own caret here is not replaced by a client on another instance claiming its id.
    states.apply('conn-b', bold, [{ clientId: 2, clock: 1, state: { cursor: 4 } }]);
    expect(states.applyRelayed('instance-a', [{ clientId: 2, clock: 50, state: { user: { name: 'Mallory', participantId: 'pm' } } }])).toEqual([]);
    // Bold himself, moving there and back, may.
    expect(states.applyRelayed('instance-a', [{ clientId: 2, clock: 51, state: { user: { name: 'Bold', participantId: 'pb' } } }])).toHaveLength(1);
  });

  it('takes an echoed removal as no claim, and tells a returning client the removal it is behind', () => {
    const states = new AwarenessStates<string>();
    states.apply('conn-a', alice, [{ clientId: 1, clock: 4, state: { cursor: 1 } }]);
    expect(states.removeOwner('conn-a')).toEqual([{ clientId: 1, clock: 5, state: null }]);
    // Bold's client repeats the removal it heard: it does not make the id his.
    expect(states.apply('conn-b', bold, [{ clientId: 1, clock: 5, state: null }])).toEqual([]);
    // Alice returns at the clock she had: she is told the removal, and her re-announcement is taken.
    expect(states.removalsBehind([{ clientId: 1, clock: 4, state: { cursor: 1 } }])).toEqual([{ clientId: 1, clock: 5, state: null }]);
    expect(states.apply('conn-a2', alice, [{ clientId: 1, clock: 6, state: { cursor: 1 } }])).toHaveLength(1);
    expect(states.removalsBehind([{ clientId: 1, clock: 6, state: { cursor: 1 } }])).toEqual([]);
  });

  it('lets one connection speak for a handful of client ids, not a flood of made-up ones', () => {
    const states = new AwarenessStates<string>();
    const flood = Array.from({ length: 1000 }, (_, i) => ({ clientId: i + 1, clock: 1, state: { cursor: i } }));
    expect(states.apply('conn-a', alice, flood)).toHaveLength(16);
    // Leaving, they are remembered to tell the clients when they return; another connection is not hindered.
    expect(states.removeOwner('conn-a')).toHaveLength(16);
    expect(states.apply('conn-b', bold, [{ clientId: 5000, clock: 1, state: { cursor: 1 } }])).toHaveLength(1);
  });
});
