import { describe, expect, it } from 'vitest';
import type { VoteSpec } from '../../shared/votes.js';
import type { BallotRecord, StoredVote } from '../storage/Store.js';
import { summarise } from './summary.js';

const spec = (overrides: Partial<VoteSpec>): VoteSpec => ({
  kind: 'yesno',
  question: 'Adopt?',
  franchise: 'participant',
  secret: true,
  showResults: 'live',
  threshold: 'majority',
  ...overrides,
});
const vote = (overrides: Partial<VoteSpec>): StoredVote => ({ id: 'v1', workshopId: 'w1', spec: spec(overrides), charter: null, openedAt: 1, closedAt: null, result: null });
const ballot = (name: string, choice: BallotRecord['choice']): BallotRecord => ({
  voteId: 'v1',
  voterKey: name,
  participantId: name,
  name,
  organisation: 'MONFEMNET',
  requestId: `request-${name}`,
  choice,
  castAt: 2,
});
const ballots = [ballot('Saran', 'yes'), ballot('Bold', 'no')];
const present = { participants: 5, organisations: 2 };

describe('what the state shows of an open vote', () => {
  it('a secret live vote: counts and turnout, no names', () => {
    const summary = summarise(vote({}), ballots, present);
    expect(summary.live?.counts).toEqual({ yes: 1, no: 1, abstain: 0 });
    expect(summary.voters).toBeNull();
    expect(summary.turnout).toEqual({ ballots: 2, present: 5 });
    expect(JSON.stringify(summary)).not.toContain('Saran');
  });

  it('results after close: turnout only while open', () => {
    const summary = summarise(vote({ showResults: 'after', franchise: 'organisation' }), ballots, present);
    expect(summary.live).toBeNull();
    expect(summary.turnout).toEqual({ ballots: 2, present: 2 });
  });

  it('an open ballot names who has voted, not how (that comes with the result)', () => {
    const summary = summarise(vote({ secret: false }), ballots, present);
    expect(summary.voters).toEqual([
      { name: 'Saran', organisation: 'MONFEMNET' },
      { name: 'Bold', organisation: 'MONFEMNET' },
    ]);
    expect(JSON.stringify(summary)).not.toContain('choice');
  });
});
