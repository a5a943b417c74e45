/** The workshop's votes from the control state: the open ones, and the closed ones newest first. */
import { useMemo } from 'react';
import type { VoteSummary } from '../../../shared/votes.js';
import { useControl } from '../control/ControlContext.js';

const NO_VOTES: VoteSummary[] = [];

/** Split once per state, so panels re-render only when the votes change. */
export function useVotes(): { open: VoteSummary[]; closed: VoteSummary[] } {
  const votes = useControl((snapshot) => snapshot.state?.votes ?? NO_VOTES);
  return useMemo(
    () => ({
      open: votes.filter((vote) => vote.status === 'open'),
      closed: votes.filter((vote) => vote.status === 'closed').reverse(),
    }),
    [votes],
  );
}
