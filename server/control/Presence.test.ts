import { describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/api.js';
import { Presence } from './Presence.js';

const saran = (organisation: string): Identity => ({ role: 'participant', workshopId: 'w1', participantId: 'p1', name: 'Saran', organisation });

describe('presence', () => {
  it('a device connecting after a merge shows the organisation of now, while the older device still counts', () => {
    const presence = new Presence();
    presence.add(saran('OSF'));
    presence.add(saran('Open Society Forum Mongolia'));
    expect(presence.list('w1')).toEqual([{ id: 'p1', name: 'Saran', organisation: 'Open Society Forum Mongolia', role: 'participant', connections: 2 }]);
    presence.remove(saran('OSF'));
    expect(presence.list('w1')).toMatchObject([{ organisation: 'Open Society Forum Mongolia', connections: 1 }]);
  });
});
