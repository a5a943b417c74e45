/** The facilitator's "put the charter to an adoption vote": yes/no or consent, who votes, what it takes to pass. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ADOPTION_KINDS, FRANCHISES, THRESHOLDS, type Franchise, type Threshold, type VoteKind } from '../../../../shared/voteKinds.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { useWorkshopT } from '../../infra/i18n/useWorkshopT.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import type { CharterStanding } from './useCharterStanding.js';

/** A charter is adopted by organisations by default: the signatories are organisations too. */
export function AdoptionPanel({ standing }: { standing: CharterStanding }) {
  const { t } = useTranslation();
  // The question the room votes on is in the workshop's language, whatever the console's.
  const roomT = useWorkshopT();
  const id = useId();
  const command = useCommand();
  const [kind, setKind] = useState<VoteKind>('yesno');
  const [franchise, setFranchise] = useState<Franchise>('organisation');
  const [threshold, setThreshold] = useState<Threshold>('majority');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void command.run('vote:open', { kind, question: roomT('charter.adoption.question'), franchise, secret: false, showResults: 'live', threshold, adopt: 'charter' });
  };

  return (
    <section className="panel charter-adoption" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('charter.adoption.title')}</h2>
      {standing.kind === 'adopted' && <p>{t('charter.adoption.adopted')}</p>}
      {standing.kind === 'under-vote' && <p>{t('charter.adoption.open')}</p>}
      {(standing.kind === 'drafting' || standing.kind === 'failed') && (
        <form className="form" onSubmit={handleSubmit}>
          <p className="hint">{t('charter.adoption.hint')}</p>
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-kind`}>{t('charter.adoption.decidedBy')}</label>
              <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as VoteKind)}>
                {ADOPTION_KINDS.map((k) => (
                  <option key={k} value={k}>{t(`votes.kinds.${k}`)}</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-franchise`}>{t('votes.franchise')}</label>
              <select id={`${id}-franchise`} value={franchise} onChange={(event) => setFranchise(event.target.value as Franchise)}>
                {FRANCHISES.map((f) => (
                  <option key={f} value={f}>{t(`votes.franchises.${f}`)}</option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-threshold`}>{t('votes.threshold')}</label>
            <select id={`${id}-threshold`} value={threshold} onChange={(event) => setThreshold(event.target.value as Threshold)}>
              {THRESHOLDS.map((th) => (
                <option key={th} value={th}>{t(`votes.thresholds.${th}`)}</option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit" className="button--primary" disabled={command.busy}>{t('charter.adoption.put')}</button>
          </div>
        </form>
      )}
      <ErrorNotice message={command.error} />
    </section>
  );
}
