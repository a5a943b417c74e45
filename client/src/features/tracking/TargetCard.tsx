/** One recommendation or plan action: its current rating, and on opening its text, history and a new assessment. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentTarget } from '../../../../shared/tracking.js';
import { AssessmentForm } from './AssessmentForm.js';
import { AssessmentHistory } from './AssessmentHistory.js';

interface TargetCardProps {
  workshopId: string;
  token: string;
  target: AssessmentTarget;
  label: string;
  /** The recommendation's text or the action's details, shown when open. */
  children: ReactNode;
  history: readonly Assessment[];
  onRecorded: (assessment: Assessment) => void;
}

export function TargetCard({ workshopId, token, target, label, children, history, onRecorded }: TargetCardProps) {
  const { t } = useTranslation();
  const latest = history.at(-1);
  return (
    <li className="target-card">
      <details>
        <summary className="target-card__summary">
          <span className="target-card__label">{label}</span>
          <span className={`rating rating--${latest?.rating ?? 'none'}`}>{latest ? t(`tracking.rating.${latest.rating}`) : t('tracking.unassessed')}</span>
        </summary>
        <div className="target-card__body">
          {children}
          <h4>{t('tracking.historyHeading')}</h4>
          <AssessmentHistory assessments={history} />
          <h4>{t('tracking.form.legend')}</h4>
          <AssessmentForm workshopId={workshopId} token={token} target={target} onRecorded={onRecorded} />
        </div>
      </details>
    </li>
  );
}
