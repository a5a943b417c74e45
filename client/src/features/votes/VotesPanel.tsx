/** The facilitator's votes: a form to open one, the open votes with turnout and a close button, the latest results. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseVoteButton } from './CloseVoteButton.js';
import { OpenVoteForm } from './OpenVoteForm.js';
import { useVotes } from './useVotes.js';
import { VoteSummaryCard } from './VoteSummaryCard.js';

/** Results of closed votes beyond this many stay in the record, not on the console. */
const RESULTS_SHOWN = 3;

/** The form folds away, so the open votes stay in view during a vote. */
export function VotesPanel() {
  const { t } = useTranslation();
  const { open, closed } = useVotes();
  const [showForm, setShowForm] = useState(false);
  return (
    <section className="panel votes" aria-labelledby="votes-heading" data-testid="votes-panel">
      <h2 id="votes-heading">{t('votes.title')}</h2>
      <button type="button" aria-expanded={showForm} aria-controls="open-vote-form" onClick={() => setShowForm((shown) => !shown)}>
        {showForm ? t('votes.hideForm') : t('votes.openForm')}
      </button>
      <div id="open-vote-form" hidden={!showForm}>
        {showForm && <OpenVoteForm onOpened={() => setShowForm(false)} />}
      </div>
      <h3 className="votes__subheading">{t('votes.openVotes')}</h3>
      {open.length === 0 && <p className="empty">{t('votes.none')}</p>}
      {open.map((vote) => (
        <VoteSummaryCard key={vote.id} vote={vote}>
          {vote.voters && vote.voters.length > 0 && <p className="hint">{t('votes.voters', { names: vote.voters.map((voter) => voter.name).join(', ') })}</p>}
          <CloseVoteButton vote={vote} />
        </VoteSummaryCard>
      ))}
      {closed.length > 0 && <h3 className="votes__subheading">{t('votes.closedVotes')}</h3>}
      {closed.slice(0, RESULTS_SHOWN).map((vote) => (
        <VoteSummaryCard key={vote.id} vote={vote} />
      ))}
    </section>
  );
}
