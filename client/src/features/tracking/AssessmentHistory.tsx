/** A target's assessments, newest first, each with its evidence, source and author. */
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/tracking.js';
import { formatDate } from '../../infra/i18n/formatting.js';

export function AssessmentHistory({ assessments }: { assessments: readonly Assessment[] }) {
  const { t, i18n } = useTranslation();
  if (assessments.length === 0) return <p className="empty">{t('tracking.noHistory')}</p>;
  return (
    <ol className="assessment-history" reversed>
      {[...assessments].reverse().map((a) => (
        <li key={a.id} className="assessment-history__item">
          <p className="assessment-history__head">
            <span className={`rating rating--${a.rating}`}>{t(`tracking.rating.${a.rating}`)}</span>{' '}
            {t('tracking.historyEntry', {
              date: formatDate(i18n.language, new Date(`${a.assessedOn}T00:00:00Z`), 'date', 'UTC'),
              author: a.authorOrganisation ? `${a.authorName} (${a.authorOrganisation})` : a.authorName,
            })}
          </p>
          {a.evidence && (
            <p>
              <strong>{t('tracking.evidenceLabel')}:</strong> {a.evidence}
            </p>
          )}
          <p className="assessment-history__source">
            <strong>{t('tracking.sourceLabel')}:</strong> {a.source}
          </p>
          {a.nextCycle && (
            <p>
              <strong>{t('tracking.nextCycleLabel')}:</strong> {a.nextCycle}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
