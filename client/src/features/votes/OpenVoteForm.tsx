/** The facilitator's form to open any vote: kind, question, options, who votes, secrecy, results, quorum, threshold, dots. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FRANCHISES, OPTION_KINDS, RESULT_VISIBILITIES, THRESHOLDS, VOTE_KINDS } from '../../../../shared/voteKinds.js';
import { useCommand } from '../../infra/control/useCommand.js';
import { ErrorNotice } from '../../infra/ui/ErrorNotice.js';
import { draftProblem, EMPTY_DRAFT, votePayload, type VoteDraft } from './voteDraft.js';

/** The form keeps what was typed after a refusal, and starts afresh after the vote opens. */
export function OpenVoteForm({ onOpened }: { onOpened?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const command = useCommand();
  const [draft, setDraft] = useState<VoteDraft>(EMPTY_DRAFT);
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof VoteDraft>(key: K, value: VoteDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = draftProblem(draft);
    setProblem(found ? t(`votes.problems.${found}`) : null);
    if (found) return;
    const outcome = await command.run('vote:open', votePayload(draft));
    if (!outcome.ok) return;
    setDraft(EMPTY_DRAFT);
    onOpened?.();
  };

  return (
    <form className="form vote-form" onSubmit={(event) => void handleSubmit(event)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('votes.kind')}</label>
        <select id={`${id}-kind`} value={draft.kind} onChange={(event) => set('kind', event.target.value as VoteDraft['kind'])}>
          {VOTE_KINDS.map((kind) => (
            <option key={kind} value={kind}>{t(`votes.kinds.${kind}`)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-question`}>{t('votes.question')}</label>
        <textarea id={`${id}-question`} value={draft.question} rows={2} onChange={(event) => set('question', event.target.value)} />
      </div>
      {OPTION_KINDS.includes(draft.kind) && (
        <div className="field">
          <label htmlFor={`${id}-options`}>{t('votes.options')}</label>
          <textarea id={`${id}-options`} value={draft.options} rows={4} onChange={(event) => set('options', event.target.value)} />
        </div>
      )}
      {draft.kind === 'dots' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-dots`}>{t('votes.dotsPerBallot')}</label>
            <input id={`${id}-dots`} type="number" min={1} max={100} value={draft.dotsPerBallot} onChange={(event) => set('dotsPerBallot', event.target.value)} />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={draft.stack} onChange={(event) => set('stack', event.target.checked)} />
            {t('votes.stack')}
          </label>
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-franchise`}>{t('votes.franchise')}</label>
          <select id={`${id}-franchise`} value={draft.franchise} onChange={(event) => set('franchise', event.target.value as VoteDraft['franchise'])}>
            {FRANCHISES.map((franchise) => (
              <option key={franchise} value={franchise}>{t(`votes.franchises.${franchise}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-results`}>{t('votes.showResults')}</label>
          <select id={`${id}-results`} value={draft.showResults} onChange={(event) => set('showResults', event.target.value as VoteDraft['showResults'])}>
            {RESULT_VISIBILITIES.map((visibility) => (
              <option key={visibility} value={visibility}>{t(`votes.visibilities.${visibility}`)}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-threshold`}>{t('votes.threshold')}</label>
          <select id={`${id}-threshold`} value={draft.threshold} onChange={(event) => set('threshold', event.target.value as VoteDraft['threshold'])}>
            {THRESHOLDS.map((threshold) => (
              <option key={threshold} value={threshold}>{t(`votes.thresholds.${threshold}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-quorum`}>{t('votes.quorum')}</label>
          <input id={`${id}-quorum`} type="number" min={1} value={draft.quorum} onChange={(event) => set('quorum', event.target.value)} />
        </div>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={draft.secret} onChange={(event) => set('secret', event.target.checked)} />
        {t('votes.secret')}
      </label>
      <ErrorNotice message={problem ?? command.error} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={command.busy}>{t('votes.submit')}</button>
      </div>
    </form>
  );
}
