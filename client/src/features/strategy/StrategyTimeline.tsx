/** The activities on a timeline by milestone date, month by month. */
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { timelineByMonth } from './strategyTimeline.js';
import { useStrategyData } from './useStrategyData.js';
import { formatDate } from '../../infra/i18n/formatting.js';

/** A list of months, each a list of activities with date, target, lead and status. */
export function StrategyTimeline({ doc }: { doc: Y.Doc }) {
  const { t, i18n } = useTranslation();
  const months = timelineByMonth(useStrategyData(doc));
  const monthName = (month: string) => formatDate(i18n.language, new Date(`${month}-01T00:00:00`), 'month');
  if (months.length === 0) return <p className="empty">{t('strategy.empty')}</p>;
  return (
    <ol className="timeline" data-testid="strategy-timeline">
      {months.map(({ month, activities }) => (
        <li key={month ?? 'undated'} className="timeline__month">
          <h2>{month ? monthName(month) : t('strategy.undated')}</h2>
          <ul>
            {activities.map((a) => (
              <li key={a.id} className="timeline__item">
                {a.milestoneDate && <time dateTime={a.milestoneDate}>{a.milestoneDate}</time>}{' '}
                <strong>{a.activity || t('strategy.untitled')}</strong>
                {a.milestone && <> — {a.milestone}</>}
                <span className="hint">
                  {' '}
                  {[a.target ? t(`strategy.targets.${a.target}`) : null, a.leadOrganisation || null, t(`strategy.statuses.${a.status}`)].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
