import { describe, expect, it } from 'vitest';
import type { CharterRecord } from '../../../../shared/events.js';
import type { VoteResult, VoteSummary } from '../../../../shared/votes.js';
import { charterStanding } from './useCharterStanding.js';

const drafting: CharterRecord = { frozen: false, adoptionVoteId: null, adopted: null, signatories: [] };
const adoptionVote = (id: string, charterHash: string, status: VoteSummary['status']): VoteSummary => ({
  id,
  spec: { kind: 'yesno', question: 'Adopt?', franchise: 'organisation', secret: false, showResults: 'live', threshold: 'majority', adopt: 'charter' },
  status,
  openedAt: 1,
  closedAt: status === 'closed' ? 2 : null,
  charterHash,
  turnout: { ballots: 0, present: 2 },
  live: null,
  voters: [],
  result: null,
});

describe('the charter’s standing', () => {
  it('is drafting before any state and while not frozen', () => {
    expect(charterStanding(null, [])).toEqual({ kind: 'drafting' });
    expect(charterStanding(drafting, [])).toEqual({ kind: 'drafting' });
  });

  it('is under vote with the open adoption vote’s hash', () => {
    const standing = charterStanding({ ...drafting, frozen: true, adoptionVoteId: 'v2' }, [adoptionVote('v1', 'old', 'closed'), adoptionVote('v2', 'new', 'open')]);
    expect(standing).toEqual({ kind: 'under-vote', serverHash: 'new' });
  });

  it('is failed, with the last adoption vote’s hash, when frozen without an open vote or an adoption', () => {
    const standing = charterStanding({ ...drafting, frozen: true }, [adoptionVote('v1', 'old', 'closed'), adoptionVote('v2', 'newer', 'closed')]);
    expect(standing).toEqual({ kind: 'failed', serverHash: 'newer' });
  });

  it('is adopted with the adopted text’s hash, whatever else the record says', () => {
    const adopted = { text: 'Charter', hash: 'abc', voteId: 'v2', result: {} as VoteResult, adoptedAt: 5 };
    expect(charterStanding({ ...drafting, frozen: true, adopted }, [])).toEqual({ kind: 'adopted', serverHash: 'abc', adoptedAt: 5 });
  });
});
