/** The workshop's votes from the control state: the open ones, and the closed ones newest first. */
import { useMemo } from 'react';
import type { VoteSummary } from '../../../../shared/votes.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { isTableDotVote } from '../../../../shared/voteKinds.js';

const NO_VOTES: VoteSummary[] = [];

/**
 * Split once per state, so panels re-render only when the votes change. A triage dot vote is
 * left out: its dots are placed in the triage table and its chart names the recommendations.
 */
export function useVotes(): { open: VoteSummary[]; closed: VoteSummary[] } {
  const votes = useControl((snapshot) => snapshot.state?.votes ?? NO_VOTES);
  return useMemo(() => {
    const generic = votes.filter((vote) => !isTableDotVote(vote.spec));
    return {
      open: generic.filter((vote) => vote.status === 'open'),
      closed: generic.filter((vote) => vote.status === 'closed').reverse(),
    };
  }, [votes]);
}
