/** The facilitator puts an amendment to a yes/no vote: who votes and what it takes to pass; open ballots, live results. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FRANCHISES, type Franchise, THRESHOLDS, type Threshold } from '../../../../../shared/voteKinds.js';
import { useCommand } from '../../../infra/control/useCommand.js';

export function PutToVoteForm({ amendmentId }: { amendmentId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const command = useCommand();
  const [franchise, setFranchise] = useState<Franchise>('organisation');
  const [threshold, setThreshold] = useState<Threshold>('majority');
  const handlePut = () => void command.run('amendment:put-to-vote', { amendmentId, franchise, threshold, secret: false, showResults: 'live' });
  return (
    <div className="amendment__vote-form">
      <div className="field">
        <label htmlFor={`${id}-franchise`}>{t('amendments.franchise')}</label>
        <select id={`${id}-franchise`} value={franchise} onChange={(event) => setFranchise(event.target.value as Franchise)}>
          {FRANCHISES.map((f) => (
            <option key={f} value={f}>{t(`amendments.franchises.${f}`)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-threshold`}>{t('amendments.threshold')}</label>
        <select id={`${id}-threshold`} value={threshold} onChange={(event) => setThreshold(event.target.value as Threshold)}>
          {THRESHOLDS.map((rule) => (
            <option key={rule} value={rule}>{t(`amendments.thresholds.${rule}`)}</option>
          ))}
        </select>
      </div>
      <button type="button" className="button--primary" onClick={handlePut} disabled={command.busy}>
        {t('amendments.putToVote')}
      </button>
      {command.error && <p className="notice notice--error" role="alert">{command.error}</p>}
    </div>
  );
}
