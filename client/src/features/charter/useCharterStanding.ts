/** Where the charter stands, from the control state: drafting, under an adoption vote, frozen after a failed one, or adopted. */
import type { CharterRecord } from '../../../../shared/events.js';
import type { VoteSummary } from '../../../../shared/votes.js';
import { useControl } from '../../infra/control/ControlContext.js';

/** The four standings a charter view shows differently. */
export type CharterStanding =
  | { kind: 'drafting' }
  | { kind: 'under-vote'; serverHash: string | null }
  | { kind: 'failed'; serverHash: string | null }
  | { kind: 'adopted'; serverHash: string; adoptedAt: number };

/** The standing of a charter record among the workshop's votes (pure, for tests and the hook). */
export function charterStanding(charter: CharterRecord | null, votes: readonly VoteSummary[]): CharterStanding {
  if (!charter) return { kind: 'drafting' };
  if (charter.adopted) return { kind: 'adopted', serverHash: charter.adopted.hash, adoptedAt: charter.adopted.adoptedAt };
  if (!charter.frozen) return { kind: 'drafting' };
  if (charter.adoptionVoteId) {
    const vote = votes.find((v) => v.id === charter.adoptionVoteId);
    return { kind: 'under-vote', serverHash: vote?.charterHash ?? null };
  }
  const lastAdoption = [...votes].reverse().find((v) => v.spec.adopt === 'charter');
  return { kind: 'failed', serverHash: lastAdoption?.charterHash ?? null };
}

const NO_VOTES: VoteSummary[] = [];

/** The page's charter standing, live. */
export function useCharterStanding(): CharterStanding {
  const charter = useControl((snapshot) => snapshot.state?.charter ?? null);
  const votes = useControl((snapshot) => snapshot.state?.votes ?? NO_VOTES);
  return charterStanding(charter, votes);
}
