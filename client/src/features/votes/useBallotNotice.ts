/** The ballot that counts for this page's voter in one vote, as the server last told it (`vote:ballot`). */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { BallotNotice } from '../../../../shared/votes.js';
import { useControlConnection } from '../../infra/control/ControlContext.js';

const noBallots = createStore<Record<string, BallotNotice>>(() => ({}));

/** Null until a ballot counts for you or, under an organisation franchise, for your organisation. */
export function useBallotNotice(voteId: string): BallotNotice | null {
  const connection = useControlConnection();
  return useStore(connection?.ballots ?? noBallots, (ballots) => ballots[voteId] ?? null);
}
