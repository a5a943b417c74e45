/** One amendment: its diff, author, reason and status; the actions its reader may take on it. */
import { useTranslation } from 'react-i18next';
import type { VoteSummary } from '../../../../../shared/votes.js';
import { useCommand } from '../../../infra/control/useCommand.js';
import type { ListedAmendment } from './amendmentGroups.js';
import { PutToVoteForm } from './PutToVoteForm.js';
import { WordDiffView } from './WordDiffView.js';
import { formatDate } from '../../../infra/i18n/formatting.js';

export interface AmendmentItemProps {
  listed: ListedAmendment;
  vote: VoteSummary | undefined;
  facilitator: boolean;
  participantId: string | null;
  frozen: boolean;
}

export function AmendmentItem({ listed, vote, facilitator, participantId, frozen }: AmendmentItemProps) {
  const { t, i18n } = useTranslation();
  const command = useCommand();
  const { amendment, before, after, stale } = listed;
  const { author, status } = amendment;
  const counts = vote?.result?.counts ?? vote?.live?.counts;
  const time = (at: number) => formatDate(i18n.resolvedLanguage ?? 'en', at, 'time');
  const handleWithdraw = () => void command.run('amendment:withdraw', { amendmentId: amendment.id });
  const handleClose = () => vote && void command.run('vote:close', { voteId: vote.id });

  return (
    <li className={`amendment amendment--${status}`} data-testid="amendment">
      <p className="amendment__head">
        <span className="amendment__status">{t(`amendments.status.${status}`)}</span>{' '}
        {author.organisation ? t('amendments.by', { name: author.name, organisation: author.organisation }) : t('amendments.byNoOrganisation', { name: author.name })}
      </p>
      <WordDiffView before={before} after={after} />
      <p className="amendment__reason">{t('amendments.reason', { reason: amendment.reason })}</p>
      {stale && status !== 'withdrawn' && <p className="notice notice--locked">{t('amendments.stale')}</p>}
      {counts && <p className="amendment__tally">{t('amendments.tally', { yes: counts.yes ?? 0, no: counts.no ?? 0, abstain: counts.abstain ?? 0 })}</p>}
      {amendment.applied && <p className="amendment__applied">{t('amendments.applied', { time: time(amendment.applied.appliedAt) })}</p>}
      <div className="actions">
        {status === 'open' && participantId === author.participantId && (
          <button type="button" className="button--quiet" onClick={handleWithdraw} disabled={command.busy}>
            {t('amendments.withdraw')}
          </button>
        )}
        {facilitator && status === 'voting' && vote?.status === 'open' && (
          <button type="button" onClick={handleClose} disabled={command.busy}>
            {t('amendments.closeVote')}
          </button>
        )}
      </div>
      {facilitator && status === 'open' && !stale && !frozen && <PutToVoteForm amendmentId={amendment.id} />}
      {command.error && <p className="notice notice--error" role="alert">{command.error}</p>}
    </li>
  );
}
