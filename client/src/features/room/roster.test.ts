import { describe, expect, it } from 'vitest';
import type { PresenceEntry } from '../../../../shared/events.js';
import { rosterByOrganisation } from './roster.js';

const person = (name: string, organisation: string | null, role: PresenceEntry['role'] = 'participant'): PresenceEntry => ({
  id: name,
  name,
  organisation,
  role,
  connections: 1,
});

describe('roster by organisation', () => {
  it('counts delegates per organisation, leaves out screens and facilitators, and marks returning organisations', () => {
    const roster = rosterByOrganisation(
      [
        person('Tsetseg', 'Women for Change'),
        person('Bold', 'Mongolian Bar Association'),
        person('Alice', 'Women for Change'),
        person('Facilitator', null, 'facilitator'),
        person('Projector', null, 'projector'),
        person('Anon', null),
      ],
      ['Women for Change'],
    );
    expect(roster).toEqual([
      { organisation: 'Mongolian Bar Association', delegates: [{ id: 'Bold', name: 'Bold', layer: 'cso' }], returning: false },
      { organisation: 'Women for Change', delegates: [{ id: 'Alice', name: 'Alice', layer: 'cso' }, { id: 'Tsetseg', name: 'Tsetseg', layer: 'cso' }], returning: true },
      { organisation: null, delegates: [{ id: 'Anon', name: 'Anon', layer: 'cso' }], returning: false },
    ]);
  });

  it('shows an organisation as returning whatever the case and spacing its delegates typed', () => {
    const roster = rosterByOrganisation([person('Saran', 'osf'), person('Bold', 'Other')], ['OSF']);
    expect(roster.map((group) => group.returning)).toEqual([true, false]);
  });
});
