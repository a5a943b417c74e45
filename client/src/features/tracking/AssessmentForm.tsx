/** A new assessment of one target: rating, evidence, source (required) and the next cycle's recommendation. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_LIMITS, RATINGS, type Assessment, type AssessmentTarget, type Rating } from '../../../../shared/tracking.js';
import { postAssessment } from './trackingApi.js';

interface AssessmentFormProps {
  workshopId: string;
  token: string;
  target: AssessmentTarget;
  onRecorded: (assessment: Assessment) => void;
}

/** Today on this device, as YYYY-MM-DD. */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export function AssessmentForm({ workshopId, token, target, onRecorded }: AssessmentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [rating, setRating] = useState<Rating>('partially');
  const [evidence, setEvidence] = useState('');
  const [source, setSource] = useState('');
  const [nextCycle, setNextCycle] = useState('');
  const [assessedOn, setAssessedOn] = useState(today);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // The server refuses it too; saying it here spares a round trip on a poor connection.
    if (!source.trim()) {
      setStatus({ kind: 'error', message: t('tracking.form.sourceMissing') });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      onRecorded(await postAssessment(workshopId, token, { target, rating, evidence, source, nextCycle, assessedOn }));
      setEvidence('');
      setSource('');
      setNextCycle('');
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: t('tracking.form.refused', { message: error instanceof Error ? error.message : String(error) }) });
    }
  }

  return (
    <form className="form assessment-form" onSubmit={(event) => void handleSubmit(event)} noValidate>
      <fieldset className="assessment-form__ratings">
        <legend>{t('tracking.form.rating')}</legend>
        {RATINGS.map((value) => (
          <label key={value} className={`rating-choice rating-choice--${value}`}>
            <input type="radio" name={`${id}-rating`} value={value} checked={rating === value} onChange={() => setRating(value)} />
            {t(`tracking.rating.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-evidence`}>{t('tracking.form.evidence')}</label>
        <textarea id={`${id}-evidence`} rows={3} value={evidence} maxLength={ASSESSMENT_LIMITS.evidence} onChange={(e) => setEvidence(e.target.value)} aria-describedby={`${id}-evidence-hint`} />
        <p id={`${id}-evidence-hint`} className="hint">{t('tracking.form.evidenceHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>{t('tracking.form.source')}</label>
        <input
          id={`${id}-source`}
          value={source}
          required
          maxLength={ASSESSMENT_LIMITS.source}
          onChange={(e) => setSource(e.target.value)}
          aria-describedby={`${id}-source-hint`}
          aria-invalid={status.kind === 'error' && !source.trim()}
        />
        <p id={`${id}-source-hint`} className="hint">{t('tracking.form.sourceHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-next`}>{t('tracking.form.nextCycle')}</label>
        <textarea id={`${id}-next`} rows={2} value={nextCycle} maxLength={ASSESSMENT_LIMITS.nextCycle} onChange={(e) => setNextCycle(e.target.value)} />
      </div>
      <div className="field assessment-form__date">
        <label htmlFor={`${id}-date`}>{t('tracking.form.assessedOn')}</label>
        <input id={`${id}-date`} type="date" value={assessedOn} required onChange={(e) => setAssessedOn(e.target.value)} />
      </div>
      <p className={status.kind === 'error' ? 'notice notice--error' : 'hint'} role="status" hidden={status.kind === 'idle' || status.kind === 'saving'}>
        {status.kind === 'error' ? status.message : status.kind === 'saved' ? t('tracking.form.saved') : ''}
      </p>
      <button type="submit" className="button--primary" disabled={status.kind === 'saving'}>
        {status.kind === 'saving' ? t('tracking.form.saving') : t('tracking.form.submit')}
      </button>
    </form>
  );
}
