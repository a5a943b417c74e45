import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/events.js';
import { auditCommandKey, auditLines, mergeAudit } from './auditLog.js';

const entry = (id: number, at: number): AuditEntry => ({ id, at, actorRole: 'facilitator', actorName: 'F', command: 'stage:go', detail: {} });

describe('audit log', () => {
  it('keeps each entry once, newest first, whether it came live or in the list', () => {
    const live = [entry(3, 300)];
    const listed = [entry(3, 300), entry(2, 200), entry(1, 100)];
    expect(mergeAudit(live, listed).map((e) => e.id)).toEqual([3, 2, 1]);
    expect(mergeAudit(listed, [entry(4, 400)]).map((e) => e.id)).toEqual([4, 3, 2, 1]);
  });

  it('shows one line for the two entries an adoption vote writes for one click', () => {
    const vote = (id: number, command: 'vote:open' | 'vote:close', detail: Record<string, unknown>): AuditEntry => ({ ...entry(id, id * 100), command, detail });
    const newestFirst = [
      vote(5, 'vote:close', { voteId: 'v1', charter: 'adopted' }),
      vote(4, 'vote:close', { voteId: 'v1', passed: true }),
      vote(3, 'vote:open', { voteId: 'v1', question: 'Do we adopt this charter?' }),
      vote(2, 'vote:open', { voteId: 'v1', charter: 'frozen for the adoption vote' }),
      vote(1, 'vote:open', { voteId: 'v0', question: 'Lunch at one?' }),
    ];
    const lines = auditLines(newestFirst);
    expect(lines.map((line) => [line.id, line.command, line.detail.voteId])).toEqual([
      [5, 'vote:close', 'v1'],
      [3, 'vote:open', 'v1'],
      [1, 'vote:open', 'v0'],
    ]);
    expect(lines[1]!.detail.question).toBe('Do we adopt this charter?');
    // Commands without a vote are never folded: two "Next" clicks are two lines.
    expect(auditLines([entry(2, 200), entry(1, 100)])).toHaveLength(2);
  });

  it('names commands with keys i18next can read', () => {
    expect(auditCommandKey('agenda:move-session')).toBe('audit.commands.agenda_move_session');
  });
});
