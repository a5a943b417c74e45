import { describe, expect, it } from 'vitest';
import { openVotePayload } from '../../../../shared/votes.js';
import { draftProblem, EMPTY_DRAFT, votePayload } from './voteDraft.js';

describe('the open-a-vote form', () => {
  it('makes a yes/no payload the server accepts, without options or dots', () => {
    const payload = votePayload({ ...EMPTY_DRAFT, question: ' Adopt the plan? ', options: 'ignored\nlines', quorum: '5' });
    expect(payload).toEqual({ kind: 'yesno', question: 'Adopt the plan?', franchise: 'participant', secret: false, showResults: 'live', quorum: 5, threshold: 'majority' });
    expect(openVotePayload.safeParse(payload).success).toBe(true);
  });

  it('makes a dot vote with its options, one per line, and its dots', () => {
    const draft = { ...EMPTY_DRAFT, kind: 'dots' as const, question: 'Which first?', options: 'Torture\n\n  Mining \nHealth', dotsPerBallot: '2', stack: true };
    expect(draftProblem(draft)).toBeNull();
    const payload = votePayload(draft);
    expect(payload).toMatchObject({ options: ['Torture', 'Mining', 'Health'], dots: { perBallot: 2, stack: true } });
    expect(openVotePayload.safeParse(payload).success).toBe(true);
  });

  it('names what is missing before sending', () => {
    expect(draftProblem(EMPTY_DRAFT)).toBe('question');
    expect(draftProblem({ ...EMPTY_DRAFT, kind: 'ranking', question: 'Q', options: 'One' })).toBe('options');
    expect(draftProblem({ ...EMPTY_DRAFT, kind: 'approval', question: 'Q', options: 'One\nOne' })).toBe('optionsDiffer');
    expect(draftProblem({ ...EMPTY_DRAFT, question: 'Q', quorum: '0' })).toBe('quorum');
    expect(draftProblem({ ...EMPTY_DRAFT, kind: 'dots', question: 'Q', options: 'A\nB', dotsPerBallot: 'x' })).toBe('dots');
  });
});
