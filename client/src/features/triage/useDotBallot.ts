/**
 * The reader's dots in the open dot vote: placed optimistically, then the whole ballot is cast
 * (a ballot replaces the previous one). A refusal puts the dots back and says why; accepted
 * dots are remembered on this device, so a reload continues from them.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { VoteSummary } from '../../../../shared/votes.js';
import { newRecommendationItemId } from '../../../../shared/recommendations.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { type DotPlacement, dotsUsed, moveDot } from './dotBallot.js';
import { openDotVote } from './openDotVote.js';
import { loadPlacement, savePlacement } from './storedPlacement.js';

export interface DotBallot {
  vote: VoteSummary | null;
  placement: DotPlacement;
  left: number;
  /** Adds (+1) or takes back (-1) a dot; false when the rules forbid it. */
  place: (key: string, delta: 1 | -1) => boolean;
  error: string | null;
}

/** One ballot per page, for the open vote. */
export function useDotBallot(): DotBallot {
  const vote = useControl((snapshot) => openDotVote(snapshot.state?.votes));
  const { run, error } = useCommand();
  const [placement, setPlacement] = useState<DotPlacement>({});
  const latest = useRef<DotPlacement>({});
  const voteId = vote?.id ?? null;
  // The state is a new object on every emission; reading the vote through a ref keeps `place`
  // stable, so the memoised table rows do not all render again on each presence change.
  const voteRef = useRef(vote);
  useLayoutEffect(() => {
    voteRef.current = vote;
  }, [vote]);

  useEffect(() => {
    const stored = voteId ? loadPlacement(voteId) : {};
    latest.current = stored;
    // The placement this device kept (localStorage) for the vote now open.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPlacement(stored);
  }, [voteId]);

  const place = useCallback(
    (key: string, delta: 1 | -1) => {
      const vote = voteRef.current;
      if (!vote) return false;
      const before = latest.current;
      const next = moveDot(vote.spec, before, key, delta);
      if (!next) return false;
      latest.current = next;
      setPlacement(next);
      void run('vote:cast', { voteId: vote.id, choice: next, requestId: newRecommendationItemId() }).then((outcome) => {
        if (outcome.ok) {
          savePlacement(vote.id, next);
          return;
        }
        if (latest.current !== next) return;
        latest.current = before;
        setPlacement(before);
      });
      return true;
    },
    [run],
  );

  const perBallot = vote?.spec.dots?.perBallot ?? 0;
  return { vote, placement, left: perBallot - dotsUsed(placement), place, error };
}
