import { describe, expect, it } from 'vitest';
import type { JointCommitment } from '../../shared/dialogue.js';
import type { RecordVote } from '../../shared/votes.js';
import { confirmationInWords } from './commitmentConfirmation.js';

const byVote = (counts: Record<string, number> | null): JointCommitment => ({
  rowId: 'row',
  confirmedAt: 1,
  voteId: 'vote-1',
  representatives: [],
  tally: counts && { counts, ballots: 29, present: 30, threshold: 'majority' },
});

describe('how a joint commitment was confirmed, in the exports’ words', () => {
  it('a vote of the room gives its count, in ballot order, in English and Mongolian', () => {
    const commitment = byVote({ abstain: 2, no: 3, yes: 24 });
    expect(confirmationInWords(commitment, [], 'en')).toBe('Vote of the room — Yes 24, No 3, Abstain 2');
    expect(confirmationInWords(commitment, [], 'mn')).toBe('Танхимын санал хураалт — Тийм 24, Үгүй 3, Түдгэлзэх 2');
    expect(confirmationInWords(byVote({ object: 0, agree: 11, 'stand-aside': 1 }), [], 'en')).toBe('Vote of the room — Agree 11, Stand aside 1, Object 0');
  });

  it('a commitment confirmed before tallies were kept takes the count from the record’s vote, or says only that the room voted', () => {
    const untallied = byVote(null);
    const vote = { id: 'vote-1', results: { yes: 5, no: 1, abstain: 0 } } as unknown as RecordVote;
    expect(confirmationInWords(untallied, [vote], 'en')).toBe('Vote of the room — Yes 5, No 1, Abstain 0');
    expect(confirmationInWords(untallied, [], 'mn')).toBe('Танхимын санал хураалт');
  });

  it('an agreement the facilitator recorded names each representative under the side they spoke for, the Government first', () => {
    const agreed: JointCommitment = {
      rowId: 'row',
      confirmedAt: 1,
      voteId: null,
      representatives: [
        { name: 'Сарангэрэл', organisation: 'MONFEMNET', layer: 'cso' },
        { name: 'Батбаяр', organisation: 'Хууль зүйн яам', layer: 'government' },
        { name: 'Tuya', organisation: null, layer: 'cso' },
      ],
    };
    expect(confirmationInWords(agreed, [], 'en')).toBe('Agreement of representatives — Government: Батбаяр (Хууль зүйн яам); Civil society: Сарангэрэл (MONFEMNET), Tuya');
    expect(confirmationInWords(agreed, [], 'mn')).toBe('Төлөөлөгчдийн тохиролцоо — Засгийн газар: Батбаяр (Хууль зүйн яам); Иргэний нийгэм: Сарангэрэл (MONFEMNET), Tuya');
  });
});
