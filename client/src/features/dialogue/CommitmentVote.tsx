/**
 * The facilitator puts a plan row's joint commitment to a vote of the room (open ballots, live
 * results), then closes it here or from the votes panel: the server records the commitment, with
 * its tally, when the vote passes.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentVoteRow } from '../../../../shared/commitmentVotes.js';
import { FRANCHISES, type Franchise, THRESHOLDS, type Threshold } from '../../../../shared/voteKinds.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { useControl } from '../../infra/control/ControlContext.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { CloseVoteButton } from '../votes/CloseVoteButton.js';

export function CommitmentVote({ rowId }: { rowId: string }) {
  const { t } = useTranslation();
  const vote = useControl((snapshot) => snapshot.state?.votes.find((v) => v.status === 'open' && commitmentVoteRow(v.spec) === rowId) ?? null);
  if (vote) {
    return (
      <div className="commitment-vote" data-testid="commitment-under-vote">
        <p className="hint">{t('dialogue.responses.underVote')}</p>
        <CloseVoteButton vote={vote} />
      </div>
    );
  }
  return <CommitmentVoteForm rowId={rowId} />;
}

function CommitmentVoteForm({ rowId }: { rowId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const command = useCommand();
  const [franchise, setFranchise] = useState<Franchise>('participant');
  const [threshold, setThreshold] = useState<Threshold>('majority');
  const handlePut = () => void command.run('commitment:put-to-vote', { rowId, franchise, threshold, secret: false, showResults: 'live' });
  return (
    <div className="commitment-vote">
      <div className="field">
        <label htmlFor={`${id}-franchise`}>{t('votes.franchise')}</label>
        <select id={`${id}-franchise`} value={franchise} onChange={(event) => setFranchise(event.target.value as Franchise)}>
          {FRANCHISES.map((f) => (
            <option key={f} value={f}>
              {t(`votes.franchises.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-threshold`}>{t('votes.threshold')}</label>
        <select id={`${id}-threshold`} value={threshold} onChange={(event) => setThreshold(event.target.value as Threshold)}>
          {THRESHOLDS.map((rule) => (
            <option key={rule} value={rule}>
              {t(`votes.thresholds.${rule}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button--primary" onClick={handlePut} disabled={command.busy}>
        {t('dialogue.responses.putToVote')}
      </button>
      <ErrorNotice message={command.error} />
    </div>
  );
}
