/** The ballot being built for one vote, starting from the open ballot that counts, if the server sent it. */
import { useState } from 'react';
import type { BallotChoice, VoteSpec } from '../../../../shared/votes.js';
import { initialApprovals, initialDots, initialRanking } from './ballotBuilding.js';

/** The starting choice per kind: nothing picked, no approvals, no dots, the options in their order. */
function startingChoice(spec: VoteSpec, counted: BallotChoice | null): BallotChoice | null {
  switch (spec.kind) {
    case 'yesno':
    case 'consent':
      return typeof counted === 'string' ? counted : null;
    case 'approval':
      return initialApprovals(spec, counted);
    case 'dots':
      return initialDots(counted);
    case 'ranking':
      return initialRanking(spec, counted);
  }
}

/** Re-seeds when a ballot of this voter (or a fellow delegate) arrives from another device. */
export function useBallotDraft(spec: VoteSpec, counted: BallotChoice | null): [BallotChoice | null, (choice: BallotChoice) => void] {
  const [choice, setChoice] = useState<BallotChoice | null>(() => startingChoice(spec, counted));
  // Keyed on the counted ballot's content: a re-sent identical notice must not undo local changes.
  const countedKey = JSON.stringify(counted);
  const [seededFrom, setSeededFrom] = useState(countedKey);
  if (countedKey !== seededFrom) {
    setSeededFrom(countedKey);
    if (counted !== null) setChoice(startingChoice(spec, counted));
  }
  return [choice, setChoice];
}
