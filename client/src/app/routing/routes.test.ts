import { describe, expect, it } from 'vitest';
import { parseRoute } from './routes.js';

describe('parseRoute', () => {
  it('reads the join code from the join page and the home page', () => {
    expect(parseRoute('/join', '?code=ABC234')).toEqual({ view: 'join', code: 'ABC234' });
    expect(parseRoute('/', '')).toEqual({ view: 'join', code: '' });
  });

  it('tells the participant, facilitator and projector views of a workshop apart', () => {
    expect(parseRoute('/w/abc', '')).toEqual({ view: 'workspace', workshopId: 'abc', role: 'participant' });
    expect(parseRoute('/w/abc/facilitator', '')).toEqual({ view: 'workspace', workshopId: 'abc', role: 'facilitator' });
    expect(parseRoute('/w/abc/projector', '')).toEqual({ view: 'projector', workshopId: 'abc' });
  });

  it('opens the export page of a workshop', () => {
    expect(parseRoute('/w/abc/export', '')).toEqual({ view: 'export', workshopId: 'abc' });
    expect(parseRoute('/w/abc/export/', '')).toEqual({ view: 'export', workshopId: 'abc' });
  });

  it('opens the implementation tracking page of a workshop', () => {
    expect(parseRoute('/w/abc/tracking', '')).toEqual({ view: 'tracking', workshopId: 'abc' });
  });

  it('refuses unknown paths', () => {
    expect(parseRoute('/w/abc/admin', '')).toEqual({ view: 'notFound' });
    expect(parseRoute('/elsewhere', '')).toEqual({ view: 'notFound' });
  });
});
