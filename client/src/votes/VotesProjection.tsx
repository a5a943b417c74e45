/** The projector's votes: each open vote's turnout (and live counts when shown), then the latest result for a while after it closes. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useControl } from '../control/ControlContext.js';
import { isTableDotVote } from '../../../shared/voteKinds.js';
import { useVotes } from './useVotes.js';
import { VoteSummaryCard } from './VoteSummaryCard.js';

/** How long a closed vote's result stays on the wall once no vote is open. */
const RESULT_SHOWN_MS = 15 * 60_000;
const TICK_MS = 30_000;

/** Nothing when no vote is open and the last result is older than a quarter of an hour. */
export function VotesProjection() {
  const { t } = useTranslation();
  const votes = useVotes();
  // The triage's own chart shows its dot votes, named by recommendation (see TriageProjection).
  const open = votes.open.filter((vote) => !isTableDotVote(vote.spec));
  const closed = votes.closed.filter((vote) => !isTableDotVote(vote.spec));
  const offset = useControl((snapshot) => snapshot.clockOffsetMs);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, []);
  const latest = closed[0];
  const recent = latest?.closedAt !== null && latest !== undefined && now + offset - (latest.closedAt ?? 0) < RESULT_SHOWN_MS ? latest : null;
  const shown = open.length > 0 ? open : recent ? [recent] : [];
  if (shown.length === 0) return null;
  return (
    <section className="projector-votes" aria-label={open.length > 0 ? t('projectorVotes.open') : t('projectorVotes.closed')} data-testid="projector-votes">
      {shown.map((vote) => (
        <VoteSummaryCard key={vote.id} vote={vote} size="wall">
          {vote.spec.adopt === 'charter' && vote.result && (
            <p className="projector-votes__adoption" data-testid="projector-adoption">
              {vote.result.passed ? t('projectorVotes.adopted') : t('projectorVotes.notAdopted')}
            </p>
          )}
        </VoteSummaryCard>
      ))}
    </section>
  );
}
