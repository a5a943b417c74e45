import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/events.js';
import { auditCommandKey, mergeAudit } from './auditLog.js';

const entry = (id: number, at: number): AuditEntry => ({ id, at, actorRole: 'facilitator', actorName: 'F', command: 'stage:go', detail: {} });

describe('audit log', () => {
  it('keeps each entry once, newest first, whether it came live or in the list', () => {
    const live = [entry(3, 300)];
    const listed = [entry(3, 300), entry(2, 200), entry(1, 100)];
    expect(mergeAudit(live, listed).map((e) => e.id)).toEqual([3, 2, 1]);
    expect(mergeAudit(listed, [entry(4, 400)]).map((e) => e.id)).toEqual([4, 3, 2, 1]);
  });

  it('names commands with keys i18next can read', () => {
    expect(auditCommandKey('agenda:move-session')).toBe('audit.commands.agenda_move_session');
  });
});
