/** The participant's votes: a ballot for each open vote, and the latest result once a vote closes. */
import { useTranslation } from 'react-i18next';
import { isTableDotVote } from '../../../../shared/voteKinds.js';
import { BallotForm } from './BallotForm.js';
import { useVotes } from './useVotes.js';
import { VoteSummaryCard } from './VoteSummaryCard.js';

/** Shown above the working view whatever the stage, and only while there is something to vote on or read. */
export function BallotsPanel() {
  const { t } = useTranslation();
  const votes = useVotes();
  // Dots on recommendations are placed in the triage table, beside the text they are about.
  const open = votes.open.filter((vote) => !isTableDotVote(vote.spec));
  const latest = votes.closed.find((vote) => !isTableDotVote(vote.spec));
  if (open.length === 0 && !latest) return null;
  return (
    <section className="panel votes votes--ballots" aria-labelledby="ballots-heading" data-testid="ballots-panel">
      <h2 id="ballots-heading">{t('votes.title')}</h2>
      {open.map((vote) => (
        <VoteSummaryCard key={vote.id} vote={vote}>
          <BallotForm vote={vote} />
        </VoteSummaryCard>
      ))}
      {open.length === 0 && latest && <VoteSummaryCard vote={latest} />}
    </section>
  );
}
