/** Closes one open vote and shows a refusal beside the button. */
import { useTranslation } from 'react-i18next';
import type { VoteSummary } from '../../../../shared/votes.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';

/** The visible word is short; the accessible name says which vote it closes. */
export function CloseVoteButton({ vote }: { vote: VoteSummary }) {
  const { t } = useTranslation();
  const command = useCommand();
  return (
    <div className="vote-card__actions">
      <button
        type="button"
        className="button--danger"
        aria-label={t('votes.closeNamed', { question: vote.spec.question })}
        disabled={command.busy}
        onClick={() => void command.run('vote:close', { voteId: vote.id })}
      >
        {t('votes.close')}
      </button>
      <ErrorNotice message={command.error} />
    </div>
  );
}
