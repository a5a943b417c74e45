import { describe, expect, it } from 'vitest';
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
});
