/**
 * The screen's votes: the newest open vote (turnout, and live counts when shown), else the
 * result the facilitator shows — the latest closed vote's until hidden or the session changes
 * (`shared/projectorScreen.ts`).
 */
import { useTranslation } from 'react-i18next';
import { shownResult } from '../../../../shared/projectorScreen.js';
import { isTableDotVote } from '../../../../shared/voteKinds.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { useVotes } from './useVotes.js';
import { VoteSummaryCard } from './VoteSummaryCard.js';

/** Nothing when no vote is open and no result is shown. */
export function VotesProjection() {
  const { t } = useTranslation();
  // Triage dot votes are left out: the triage's own chart shows them, named by recommendation.
  const votes = useVotes();
  const projector = useControl((snapshot) => snapshot.state?.projector);
  const openVotes = votes.open.filter((vote) => !isTableDotVote(vote.spec));
  const open = openVotes.at(-1);
  const vote = open ?? shownResult(votes.closed.filter((closed) => !isTableDotVote(closed.spec)), projector);
  if (!vote) return null;
  return (
    <section className="projector-votes" aria-label={open ? t('projectorVotes.open') : t('projectorVotes.closed')} data-testid="projector-votes">
      <VoteSummaryCard vote={vote} size="wall">
        {vote.spec.adopt === 'charter' && vote.result && (
          <p className="projector-votes__adoption" data-testid="projector-adoption">
            {vote.result.passed ? t('projectorVotes.adopted') : t('projectorVotes.notAdopted')}
          </p>
        )}
      </VoteSummaryCard>
      {openVotes.length > 1 && <p className="projector-votes__more">{t('screen.moreVotes', { count: openVotes.length - 1 })}</p>}
    </section>
  );
}
